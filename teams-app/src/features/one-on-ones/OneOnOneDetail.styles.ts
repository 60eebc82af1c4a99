import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a 1:1 series and its sections (design tokens only, high-contrast safe). */
export const useOneOnOneDetailStyles = makeStyles({
  page: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'grid', gap: tokens.spacingVerticalXS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // Main work on the left, context and private notes on the right; one column when narrow.
  columns: {
    display: 'grid',
    gap: tokens.spacingVerticalL,
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    alignItems: 'start',
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: { display: 'grid', gap: tokens.spacingVerticalL, minWidth: 0 },
  panel: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  privatePanel: {
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  panelTitle: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  subTitle: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  entry: {
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  entryMeta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    // Lines the details up under the checkbox label.
    paddingInlineStart: tokens.spacingHorizontalXXXL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  section: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  record: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
  },
  flush: { paddingInlineStart: 0 },
  grow: { flexGrow: 1 },
  doneText: {
    overflowWrap: 'anywhere',
    textDecorationLine: 'line-through',
    color: tokens.colorNeutralForeground2,
  },
  wrapText: { overflowWrap: 'anywhere' },
  // A checkbox label is muted by default; an entry is content, so it reads as such.
  entryText: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  // One column that may shrink below a select's widest option.
  form: { display: 'grid', gap: tokens.spacingVerticalS, gridTemplateColumns: 'minmax(0, 1fr)' },
  // A select sized by its longest option would push past a narrow panel.
  shrink: { minWidth: 0, maxWidth: '100%' },
  goalLink: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    minWidth: 0,
  },
  formRow: {
    display: 'grid',
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))',
    alignItems: 'start',
    // Grid cells may shrink below their controls' intrinsic width instead of overflowing.
    '& > *': { minWidth: 0 },
  },
  formActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  notes: { minHeight: '8rem' },
  readNotes: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  paragraph: { margin: `${tokens.spacingVerticalXS} 0` },
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});
