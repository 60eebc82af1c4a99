import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the Reviews screens (design tokens only, wrap at narrow widths). */
export const useReviewsStyles = makeStyles({
  screen: { display: 'grid', gap: tokens.spacingVerticalL },
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
  },
  card: { display: 'grid', gap: tokens.spacingVerticalXS, height: '100%', boxSizing: 'border-box' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 200px), 1fr))',
  },
  question: { display: 'grid', gap: tokens.spacingVerticalXS },
  answer: { margin: 0, whiteSpace: 'pre-wrap' },
});
