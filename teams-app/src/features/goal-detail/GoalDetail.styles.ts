import { makeStyles, tokens } from '@fluentui/react-components';

/** Goal detail: sections stacked; facts and charts wrap into columns when there is room. */
export const useGoalDetailStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: 'grid', gap: tokens.spacingVerticalS },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  section: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  sectionTitle: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  fact: { display: 'grid', gap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  charts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  figure: { margin: 0, minWidth: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  note: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  listItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  chainStep: { paddingInlineStart: tokens.spacingHorizontalL },
  flag: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorStatusWarningBorderActive,
  },
});
