/**
 * The self-assessment's target level as the evidence log reads it, loaded only when an
 * assessment is saved: a reader who never assessed themselves loads no assessment code.
 */
import type { StoreCore } from '../../../kit/store';
import { assessmentCodec, assessmentStorageName } from '../self-assessment/saved';

/** The saved assessment's target level, or undefined when none can be read. */
export function savedTarget(store: StoreCore): string | undefined {
	const saved = store.read(assessmentStorageName, assessmentCodec);
	return saved.status === 'ok' ? saved.value.target : undefined;
}
