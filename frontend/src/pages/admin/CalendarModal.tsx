import { App, Button, Checkbox, Form, Input, Modal, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useGqlMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n';
import type { AdminCalendarsQuery as Data, Weekday } from '../../gql/graphql';
import { WEEKDAYS, isTimeOfDay, sortWeekdays, type ShiftText } from './calendarModel';
import { CreateCalendarMutation, UpdateCalendarMutation } from './calendarQueries';

type CalendarRow = Data['calendars'][number];
export type CalendarTarget = { mode: 'create' } | { mode: 'edit'; calendar: CalendarRow };

interface Values {
  name: string;
  shifts: ShiftText[];
  weekend: Weekday[];
  officialHolidays: boolean;
}

/** Creating or editing a calendar: name, shifts, weekend days, official holidays. */
export function CalendarModal({
  target,
  onClose,
  onDone,
}: {
  target: CalendarTarget;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const calendar = target.mode === 'edit' ? target.calendar : null;
  const finish = (text: string) => {
    void message.success(text);
    onDone();
    onClose();
  };
  const create = useGqlMutation(CreateCalendarMutation, {
    onSuccess: (d) => finish(t('admin.calendars.created', { name: d.createCalendar.name })),
  });
  const update = useGqlMutation(UpdateCalendarMutation, {
    onSuccess: (d) => finish(t('admin.calendars.updated', { name: d.updateCalendar.name })),
  });
  const error = create.error ?? update.error;
  const onOk = () => {
    form
      .validateFields()
      .then((v) => {
        const shifts = v.shifts.map((s) => ({ start: s.start.trim(), end: s.end.trim() }));
        const weekend = sortWeekdays(v.weekend ?? []) as Weekday[];
        if (calendar) {
          update.mutate({
            input: {
              id: calendar.id,
              version: calendar.version,
              name: v.name.trim(),
              shifts,
              weekend,
              officialHolidays: v.officialHolidays,
            },
          });
        } else {
          create.mutate({ input: { name: v.name.trim(), shifts, weekend, officialHolidays: v.officialHolidays } });
        }
      })
      .catch(() => undefined); // field errors are shown next to the fields
  };
  const time = (asEnd: boolean) => ({
    validator: (_: unknown, value: string | undefined) =>
      value && isTimeOfDay(value, asEnd) ? Promise.resolve() : Promise.reject(new Error(t('admin.calendars.badTime'))),
  });
  return (
    <Modal
      open
      title={calendar ? t('admin.calendars.editTitle', { name: calendar.name }) : t('admin.calendars.create')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'calendar-save' }}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="calendar"
        preserve={false}
        initialValues={
          calendar
            ? {
                name: calendar.name,
                shifts: calendar.shifts.map((s) => ({ start: s.start, end: s.end })),
                weekend: calendar.weekend,
                officialHolidays: calendar.officialHolidays,
              }
            : {
                shifts: [
                  { start: '09:00', end: '12:00' },
                  { start: '13:30', end: '18:00' },
                ],
                weekend: ['SAT', 'SUN'],
                officialHolidays: true,
              }
        }
      >
        <Form.Item
          name="name"
          label={t('admin.calendars.col.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.calendars.required.name') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('admin.calendars.col.shifts')} extra={t('admin.calendars.shiftsHelp')} required>
          <Form.List
            name="shifts"
            rules={[
              {
                validator: (_, v: ShiftText[] | undefined) =>
                  v && v.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('admin.calendars.required.shifts'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" data-testid={`calendar-shift-${i}`}>
                    <Form.Item name={[f.name, 'start']} rules={[time(false)]} style={{ marginBottom: 8 }}>
                      <Input
                        className="kesu-mono"
                        style={{ width: 96 }}
                        placeholder="09:00"
                        aria-label={`${t('admin.calendars.shiftStart')} ${i + 1}`}
                      />
                    </Form.Item>
                    <span>–</span>
                    <Form.Item name={[f.name, 'end']} rules={[time(true)]} style={{ marginBottom: 8 }}>
                      <Input
                        className="kesu-mono"
                        style={{ width: 96 }}
                        placeholder="18:00"
                        aria-label={`${t('admin.calendars.shiftEnd')} ${i + 1}`}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('admin.calendars.removeShift')}
                    />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ start: '', end: '' })}>
                  {t('admin.calendars.addShift')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="weekend" label={t('admin.calendars.col.weekend')}>
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
        </Form.Item>
        <Form.Item
          name="officialHolidays"
          label={t('admin.calendars.col.official')}
          extra={t('admin.calendars.officialHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
