import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the check-in dialog: one column that fits a 320 px side panel. */
export const useCheckInDialogStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalL },
  valueInput: { maxWidth: '100%' },
  sliderRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: 0 },
  sliderValue: {
    minWidth: '2.5em',
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
  },
  scale: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  actions: { flexWrap: 'wrap' },
});
