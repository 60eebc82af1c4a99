import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the person's goals screen (design tokens only). */
export const usePersonGoalsStyles = makeStyles({
  screen: { display: 'grid', gap: tokens.spacingVerticalL },
  back: { justifySelf: 'start' },
  header: { display: 'grid', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  group: { display: 'grid', gap: tokens.spacingVerticalS },
  groupHeading: { margin: 0 },
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
  },
});
