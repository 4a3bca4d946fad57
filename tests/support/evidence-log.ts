/** A small evidence log and the names its export uses, for the evidence log's unit tests. */
import type { EvidenceEntry, EvidenceLog } from '../../src/features/ladder/evidence-log/log';

/** An entry with only what the reader did, as version 1 entries are after migration. */
const entry = (
	fields: Partial<EvidenceEntry> & Pick<EvidenceEntry, 'id' | 'date' | 'did'>,
): EvidenceEntry => ({
	situation: '',
	result: '',
	witnesses: '',
	link: '',
	competencies: [],
	behaviors: [],
	...fields,
});

/** Three entries over two weeks, one tagged with a competency the ladder no longer has. */
export const log: EvidenceLog = {
	entries: [
		entry({
			id: 'c',
			date: '2026-11-19',
			did: 'Paired with Sam on the importer.',
			competencies: ['pairing'],
			witnesses: 'Sam',
		}),
		entry({
			id: 'b',
			date: '2026-11-10',
			situation: 'The checkout release had no way back.',
			did: 'Wrote the rollback plan.',
			result: 'Rolled back in 4 minutes on 12 Nov.',
			link: 'https://example.com/pr/42',
			competencies: ['shipping'],
			behaviors: ['ship-rollback-plan'],
		}),
		entry({
			id: 'a',
			date: '2026-11-16',
			did: 'Shipped flags.',
			competencies: ['shipping', 'retired-skill'],
		}),
	],
};

/** The ladder's competencies, in order. */
export const competencies = [
	{ id: 'shipping', name: 'Shipping' },
	{ id: 'pairing', name: 'Pairing' },
];

/** The text of the one behavior the ladder still has. */
export const behaviorText = (id: string) =>
	id === 'ship-rollback-plan' ? 'Writes how to roll back before each release.' : undefined;
