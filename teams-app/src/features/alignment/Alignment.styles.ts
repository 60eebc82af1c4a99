import { makeStyles, tokens, treeItemLevelToken } from '@fluentui/react-components';

// Below this tab width (a Teams side panel is ~320 px) each level indents less.
const NARROW = '@media (max-width: 480px)';
const level = `var(${treeItemLevelToken}, 1)`;
// A leaf has no chevron; it indents by the chevron's width more to line up with its siblings.
const CHEVRON = '24px';

/** Styles of the Alignment screen and its tree (design tokens only). */
export const useAlignmentStyles = makeStyles({
  screen: { display: 'grid', gap: tokens.spacingVerticalM, minWidth: 0 },
  titleRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
  secondary: { color: tokens.colorNeutralForeground2 },
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  bannerText: { flexGrow: 1, flexBasis: '14em', overflowWrap: 'anywhere' },
  coverage: { display: 'grid', gap: tokens.spacingVerticalXS },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, flexBasis: '12em', maxWidth: '100%' },
  tree: { minWidth: 0 },
  itemLayout: { alignItems: 'flex-start', paddingBlock: tokens.spacingVerticalXS },
  narrowBranch: {
    [NARROW]: { paddingLeft: `calc((${level} - 1) * ${tokens.spacingHorizontalS})` },
  },
  narrowLeaf: {
    [NARROW]: {
      paddingLeft: `calc((${level} - 1) * ${tokens.spacingHorizontalS} + ${CHEVRON})`,
    },
  },
  itemMain: {
    flexGrow: 1,
    minWidth: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  itemTitle: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  title: { overflowWrap: 'anywhere' },
  tailMain: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  mark: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  progress: { flexGrow: 1, flexBasis: '8em', minWidth: 0, maxWidth: '24em' },
  flags: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  flag: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalXS,
  },
  flagMessage: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});
