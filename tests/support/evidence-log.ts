/** A small evidence log and the names its export uses, for the evidence log's unit tests. */
import type { EvidenceLog } from '../../src/features/ladder/evidence-log/log';

/** Three entries over two weeks, one tagged with a competency the ladder no longer has. */
export const log: EvidenceLog = {
	entries: [
		{
			id: 'c',
			week: '2026-11-16',
			text: 'Paired with Sam on the importer.',
			competencies: ['pairing'],
			behaviors: [],
		},
		{
			id: 'b',
			week: '2026-11-09',
			text: 'Wrote the rollback plan.',
			competencies: ['shipping'],
			behaviors: ['ship-rollback-plan'],
		},
		{
			id: 'a',
			week: '2026-11-16',
			text: 'Shipped flags.',
			competencies: ['shipping', 'retired-skill'],
			behaviors: [],
		},
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
