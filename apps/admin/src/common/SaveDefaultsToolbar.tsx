import { SaveButton, Toolbar } from 'react-admin';

/**
 * A create form's toolbar whose Save works on the untouched form, for forms
 * whose defaults already make a complete record (react-admin otherwise waits
 * for a first edit): a report, a calendar feed.
 */
export function SaveDefaultsToolbar() {
  return (
    <Toolbar>
      <SaveButton alwaysEnable />
    </Toolbar>
  );
}
