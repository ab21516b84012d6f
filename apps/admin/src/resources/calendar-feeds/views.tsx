import { useState } from 'react';
import {
  Create,
  Datagrid,
  DeleteButton,
  FormDataConsumer,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  CreateButton,
  maxLength,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { type CalendarFeedRecord, type CreatedCalendarFeedRecord, FEED_KINDS } from '#contracts';
import { choicesOf } from '../../common/domain.js';
import { TimestampField } from '../../common/DueDateField.js';
import { useRole } from '../../common/permissions.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { SaveDefaultsToolbar } from '../../common/SaveDefaultsToolbar.js';
import { EnumField } from '../../common/StatusField.js';
import { LOCALES } from '../../providers/i18n-provider.js';
import { FeedAddress } from './FeedAddress.js';

const localeChoices = LOCALES.map(({ locale, name }) => ({ id: locale, name }));

/** Deleting a feed revokes its address at once: asked first, and done before the page says so. */
function RevokeButton(_props: { label?: string }) {
  return (
    <DeleteButton
      mutationMode="pessimistic"
      confirmTitle="rex.calendar_feeds.revoke_title"
      confirmContent="rex.calendar_feeds.revoke_content"
    />
  );
}

export function CalendarFeedList() {
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <TextField source="label" sortable={false} />
        <EnumField source="kind" prefix="rex.calendar_feeds.kind" sortable={false} />
        <ReferenceName source="organisationId" reference="organisations" compact sortable={false} />
        <ReferenceField source="actionPlanId" reference="action-plans" link="show" sortable={false} />
        <TextField source="locale" sortable={false} />
        <TimestampField source="createdAt" />
        <TimestampField source="lastFetchedAt" sortable={false} />
        <RevokeButton label="ra.action.delete" />
      </Datagrid>
    </List>
  );
}

/** A feed names an organisation or a plan, never both: drop what the form kept from the other kind. */
function withoutOtherKindsTarget(data: Partial<CalendarFeedRecord>) {
  return data.kind === 'plan' ? { ...data, organisationId: undefined } : { ...data, actionPlanId: undefined };
}

/**
 * A new feed. Partners get their organisation's (the only kind they may make);
 * staff choose an organisation's, or a plan's public milestones. Once saved,
 * the page shows the secret address instead of the form, this one time.
 */
export function CalendarFeedCreate() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { isStaff, organisationId } = useRole();
  const [created, setCreated] = useState<CreatedCalendarFeedRecord | null>(null);
  if (created) return <FeedAddress url={created.url} label={created.label} />;

  const defaults = {
    kind: 'organisation',
    organisationId: isStaff ? undefined : organisationId,
    locale,
    label: translate('rex.calendar_feeds.default_label'),
  };
  return (
    <Create
      record={defaults}
      redirect={false}
      transform={withoutOtherKindsTarget}
      mutationOptions={{ onSuccess: (data: CreatedCalendarFeedRecord) => setCreated(data) }}
    >
      <SimpleForm toolbar={<SaveDefaultsToolbar />}>
        {isStaff ? (
          <SelectInput source="kind" choices={choicesOf(FEED_KINDS, 'rex.calendar_feeds.kind')} validate={required()} />
        ) : null}
        <FormDataConsumer>
          {({ formData }) =>
            formData.kind === 'plan' ? (
              <ReferenceInput source="actionPlanId" reference="action-plans" perPage={100}>
                <SelectInput optionText="code" validate={required()} />
              </ReferenceInput>
            ) : isStaff ? (
              <ReferenceInput
                source="organisationId"
                reference="organisations"
                sort={{ field: 'shortCode', order: 'ASC' }}
                perPage={500}
              >
                <SelectInput optionText="shortCode" validate={required()} />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
        <SelectInput source="locale" choices={localeChoices} validate={required()} />
        <TextInput source="label" validate={maxLength(200)} fullWidth />
      </SimpleForm>
    </Create>
  );
}
