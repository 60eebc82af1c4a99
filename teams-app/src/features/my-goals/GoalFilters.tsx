import { Dropdown, Field, Option } from '@fluentui/react-components';
import { LEVEL_OPTIONS, STATUS_OPTIONS, type FilterOption, type GoalFilter } from './goal-filters';
import { useMyGoalsStyles } from './MyGoals.styles';

/** The status and level filters of My goals (they filter the loaded list, no new request). */
export function GoalFilters({
  filter,
  onChange,
}: {
  filter: GoalFilter;
  onChange: (filter: GoalFilter) => void;
}) {
  const styles = useMyGoalsStyles();
  return (
    <div role="group" aria-label="Filter goals" className={styles.filters}>
      <FilterDropdown
        label="Status"
        options={STATUS_OPTIONS}
        value={filter.status}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <FilterDropdown
        label="Level"
        options={LEVEL_OPTIONS}
        value={filter.level}
        onChange={(level) => onChange({ ...filter, level })}
      />
    </div>
  );
}

function FilterDropdown<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly FilterOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const styles = useMyGoalsStyles();
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        value={options.find((option) => option.value === value)?.label ?? ''}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => {
          const picked = options.find((option) => option.value === data.optionValue);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
