import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the Kudos section and its dialog (design tokens only). */
export const useKudosStyles = makeStyles({
  section: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  when: { color: tokens.colorNeutralForeground2 },
  message: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  more: { justifySelf: 'start' },
  form: { display: 'grid', gap: tokens.spacingVerticalL },
  actions: { flexWrap: 'wrap' },
});
