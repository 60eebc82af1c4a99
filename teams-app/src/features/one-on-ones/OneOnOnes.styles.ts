import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the 1:1s list (design tokens only). */
export const useOneOnOnesStyles = makeStyles({
  screen: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  section: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    // One column at a narrow tab width, more side by side on a wide screen.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
  },
  card: {
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalS,
    height: '100%',
    boxSizing: 'border-box',
  },
  who: { display: 'grid', gap: tokens.spacingVerticalXXS },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
  },
  secondary: { color: tokens.colorNeutralForeground2 },
  // The name stays a heading in weight and size; the link colour says it opens.
  nameLink: { fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit' },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  fact: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  actions: { display: 'grid', justifyItems: 'start', gap: tokens.spacingVerticalS },
  inlineError: { color: tokens.colorPaletteRedForeground1 },
});
