import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the dev-mode bell and its list (design tokens only; wraps at any width). */
export const useNotificationStyles = makeStyles({
  surface: {
    width: 'min(26rem, calc(100vw - 2rem))',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
  },
  panel: { display: 'grid', gap: tokens.spacingVerticalM },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS,
    maxHeight: '60vh',
    overflowY: 'auto',
  },
  item: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  digest: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  more: { justifySelf: 'start' },
});
