import { makeStyles, tokens } from '@fluentui/react-components';

/** The editor: form and coach side by side when there is room, stacked in a narrow tab. */
export const useGoalEditorStyles = makeStyles({
  screen: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  columns: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXL,
  },
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    flexGrow: 2,
    flexShrink: 1,
    flexBasis: '20rem',
    minWidth: 0,
  },
  coach: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: '16rem',
    minWidth: 0,
    position: 'sticky',
    top: tokens.spacingVerticalM,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  rowItem: { flexGrow: 1, flexShrink: 1, flexBasis: '9rem', minWidth: 0 },
  metric: { display: 'grid', gap: tokens.spacingVerticalS },
  readOnly: { display: 'grid', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  messages: { display: 'grid', gap: tokens.spacingVerticalS },
  summaryList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A button as a link wraps like a box: keep its lines by the bullet and aligned left.
  summaryLink: { verticalAlign: 'top', textAlign: 'start' },
});
