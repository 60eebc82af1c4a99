import { Button, SearchBox } from '@fluentui/react-components';
import { ArrowCollapseAllRegular, ArrowExpandAllRegular } from '@fluentui/react-icons';
import { useAlignmentStyles } from './Alignment.styles';

/** Props of `AlignmentToolbar`. */
export interface AlignmentToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** Search by title, and expand or collapse the whole tree. */
export function AlignmentToolbar(props: AlignmentToolbarProps) {
  const styles = useAlignmentStyles();
  return (
    <div className={styles.toolbar}>
      <SearchBox
        className={styles.search}
        aria-label="Search goals by title"
        placeholder="Search goals"
        value={props.query}
        onChange={(_, data) => props.onQueryChange(data.value)}
      />
      <Button icon={<ArrowExpandAllRegular />} onClick={props.onExpandAll}>
        Expand all
      </Button>
      <Button icon={<ArrowCollapseAllRegular />} onClick={props.onCollapseAll}>
        Collapse all
      </Button>
    </div>
  );
}
