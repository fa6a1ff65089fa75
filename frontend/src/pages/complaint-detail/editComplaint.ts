/**
 * The "edit complaint" form's values and the `updateComplaint` input built
 * from them: only what changed is sent, always with the version the user saw.
 */
import type { ComplaintDetailQuery, Priority, UpdateComplaintInput } from '../../gql/graphql';

type Complaint = ComplaintDetailQuery['complaint'];

export interface EditValues {
  categoryId: string | null;
  priority: Priority;
  title: string;
  description: string;
  productModel: string;
  productBatch: string;
  orderNumber: string;
  isMajor: boolean;
}

export function editValuesOf(c: Complaint): EditValues {
  return {
    categoryId: c.category?.id ?? null,
    priority: c.priority,
    title: c.title,
    description: c.description,
    productModel: c.productModel ?? '',
    productBatch: c.productBatch ?? '',
    orderNumber: c.orderNumber ?? '',
    isMajor: c.isMajor,
  };
}

const TEXT_FIELDS = ['title', 'description', 'productModel', 'productBatch', 'orderNumber'] as const;

/** The input for what changed, or null when nothing did. Text is trimmed; a cleared category is not sent. */
export function buildUpdateInput(c: Complaint, v: EditValues): UpdateComplaintInput | null {
  const before = editValuesOf(c);
  const input: UpdateComplaintInput = { id: c.id, expectedVersion: c.version };
  let changed = false;
  for (const f of TEXT_FIELDS) {
    const value = (v[f] ?? '').trim();
    if (value !== before[f].trim()) {
      input[f] = value;
      changed = true;
    }
  }
  if (v.categoryId && v.categoryId !== before.categoryId) {
    input.categoryId = v.categoryId;
    changed = true;
  }
  if (v.priority !== before.priority) {
    input.priority = v.priority;
    changed = true;
  }
  if (v.isMajor !== before.isMajor) {
    input.isMajor = v.isMajor;
    changed = true;
  }
  return changed ? input : null;
}
