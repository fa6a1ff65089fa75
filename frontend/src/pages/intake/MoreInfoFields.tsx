import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import { useT } from '../../i18n';

const COL = { xs: 24, md: 12 } as const;
const YUAN_MAX = 100_000_000; // 1 亿元 keeps fen inside a 32-bit Int

/** 更多信息: the optional facts worth taking down during the call. */
export function MoreInfoFields() {
  const t = useT();
  const yuan = (name: 'amountDisputedYuan' | 'refundRequestedYuan', label: string) => (
    <Form.Item name={name} label={label}>
      <InputNumber<number>
        min={0}
        max={YUAN_MAX}
        precision={2}
        step={1}
        style={{ width: '100%' }}
        suffix={t('intake.unit.yuan')}
        placeholder="0.00"
      />
    </Form.Item>
  );
  return (
    <Row gutter={16}>
      <Col {...COL}>
        <Form.Item name="occurredAt" label={t('intake.field.occurredAt')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="occurredPlace" label={t('intake.field.occurredPlace')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="productModel" label={t('intake.field.productModel')}>
          <Input maxLength={100} autoComplete="off" placeholder={t('intake.field.productModel.placeholder')} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="productBatch" label={t('intake.field.productBatch')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="orderNumber" label={t('intake.field.orderNumber')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="purchasedOn" label={t('intake.field.purchasedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="shippedOn" label={t('intake.field.shippedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name="arrivedOn" label={t('intake.field.arrivedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...COL}>{yuan('amountDisputedYuan', t('intake.field.amountDisputed'))}</Col>
      <Col {...COL}>{yuan('refundRequestedYuan', t('intake.field.refundRequested'))}</Col>
      <Col {...COL}>
        <Form.Item name="customerIdCard" label={t('intake.field.idCard')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item
          name="customerEmail"
          label={t('intake.field.email')}
          rules={[{ type: 'email', message: t('intake.field.email.invalid') }]}
        >
          <Input maxLength={200} autoComplete="off" type="email" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="isMajor" valuePropName="checked" extra={t('intake.field.isMajor.extra')}>
          <Checkbox>{t('intake.field.isMajor')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
