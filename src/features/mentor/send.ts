/**
 * The mentee's side, loaded on first use: the snapshot of their self-assessment (and,
 * when they choose, their evidence log and latest growth-plan draft, read from the store
 * without those islands' code), the link that carries it, and the file to send instead
 * when the link would be too long.
 */
import { copyText, datedName, downloadFile } from '../../kit/io';
import type { Codec, StoreCore } from '../../kit/store';
import { fill } from '../../kit/words';
import { assessmentCodec, assessmentStorageName, levelsInScope } from '../ladder/self-assessment/assessment';
import { evidenceCodec, evidenceStorageName, type EvidenceLog } from '../ladder/evidence-log/log';
import { menteeMark } from './compare';
import { $, type MentorIsland } from './island';
import type { MentorLadder } from './ladder';
import {
	SnapshotError,
	encodeSnapshot,
	maxFile,
	maxString,
	snapshotProblemKey,
	type Snapshot,
	type SnapshotEntry,
} from './snapshot';

type Loose = Record<string, unknown>;
/** Reads whatever is saved at version 1 as loose data, for the checks below to pick from. */
const loose: Codec<Loose> = {
	version: 1,
	parse: (data) => {
		if (typeof data !== 'object' || data === null) throw new Error('not an object');
		return data as Loose;
	},
};
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The evidence log's entries, as they travel: the day and what the reader did. Read through
 * the log's own codec, so a log saved in any version it knows is sent (an unreadable one is not).
 */
export function evidenceFrom(log: EvidenceLog | undefined): SnapshotEntry[] {
	return (log?.entries ?? [])
		.filter((e) => e.did.trim())
		.map((e) => ({ week: e.date, text: e.did, behaviors: [...e.behaviors] }));
}

/** The newest growth-plan draft, as it travels, or undefined when there is none. */
export function latestPlan(drafts: Loose[]): Snapshot['plan'] {
	const newest = [...drafts].sort((a, b) => text(b['updated']).localeCompare(text(a['updated'])))[0];
	if (!newest) return undefined;
	const values = (typeof newest['values'] === 'object' && newest['values']) || {};
	return {
		name: text(newest['name']),
		values: Object.fromEntries(
			Object.entries(values)
				.filter(([, v]) => typeof v === 'string' && v.trim())
				// A snapshot refuses longer strings as hostile: cut, rather than make one that cannot be opened.
				.map(([k, v]) => [k, (v as string).slice(0, maxString)]),
		),
	};
}

/** The mentee's snapshot, or undefined when they have marked nothing in their levels. */
export function askSnapshot(
	store: StoreCore,
	ladder: MentorLadder,
	from: string,
	include: { evidence: boolean; plan: boolean },
	now = new Date(),
): Snapshot | undefined {
	const read = store.read(assessmentStorageName, assessmentCodec);
	if (read.status !== 'ok') return undefined;
	const { current, target, marks } = read.value;
	const scope = new Set(levelsInScope(ladder.levels, current, target));
	const sent: Snapshot['marks'] = {};
	for (const item of ladder.competencies.flatMap((c) => c.items)) {
		if (scope.has(item.level)) sent[item.id] = menteeMark(marks[item.id]);
	}
	if (!Object.values(marks).length) return undefined;
	const snapshot: Snapshot = {
		kind: 'ask',
		site: store.namespace,
		ladder: { fingerprint: ladder.fingerprint, version: ladder.version },
		from,
		date: now.toISOString(),
		marks: sent,
		levels: { current, target },
	};
	if (include.evidence) {
		const log = store.read(evidenceStorageName, evidenceCodec);
		snapshot.evidence = evidenceFrom(log.status === 'ok' ? log.value : undefined);
	}
	if (include.plan) {
		const drafts = store.names('builder:growth-plan:').map((name) => store.read(name, loose));
		const plan = latestPlan(drafts.flatMap((d) => (d.status === 'ok' ? [d.value] : [])));
		if (plan) snapshot.plan = plan;
	}
	return snapshot;
}

// The last snapshot made, as a file's text, for "Download a file to send instead".
let fileText = '';

/** Shows the link to send, or, when `fragment` is null (too long), only the file button. */
function showLink(root: HTMLElement, fragment: string | null) {
	const box = $(root, '[data-link]');
	box.hidden = false;
	const input = $<HTMLInputElement>(box, 'input');
	input.value = fragment ? `${location.href.replace(/#.*/, '')}#${fragment}` : '';
	input.parentElement!.hidden = $(box, '[data-action="copy-link"]').hidden = !fragment;
}

/** Makes the link for `snapshot` (or, when too long, offers the file) and shows it. */
export async function showSnapshotLink(
	island: MentorIsland,
	snapshot: Snapshot,
	made: string,
): Promise<void> {
	fileText = await encodeSnapshot(snapshot, maxFile);
	try {
		showLink(island.root, await encodeSnapshot(snapshot));
		island.say(made);
	} catch (error) {
		if (!(error instanceof SnapshotError)) throw error;
		showLink(island.root, null);
		island.say(fill(island.t[snapshotProblemKey('long')], { length: error.message }));
	}
	$(island.root, '[data-link] button:not([hidden])').focus();
}

/** "Make the link": the mentee's snapshot as a link, or a message saying what is missing. */
export async function makeAsk(island: MentorIsland): Promise<void> {
	const { root, t } = island;
	const from = $<HTMLInputElement>(root, '#mentor_name').value.trim();
	if (!from) return island.say(t['mentor.noName']);
	const include = {
		evidence: $<HTMLInputElement>(root, '#mentor_evidence').checked,
		plan: $<HTMLInputElement>(root, '#mentor_plan').checked,
	};
	const snapshot = askSnapshot(island.store, island.ladder, from, include);
	if (!snapshot) return island.say(t['mentor.nothingToSend']);
	await showSnapshotLink(island, snapshot, t['mentor.linkMade']);
}

/** Copies the link, or downloads the file to send instead. */
export async function deliver(island: MentorIsland, action: 'copy-link' | 'download-file'): Promise<void> {
	const { t } = island;
	if (action === 'copy-link') {
		const link = $<HTMLInputElement>(island.root, '#mentor_link').value;
		island.say((await copyText(link)) ? t['mentor.linkCopied'] : t['kit.notCopied']);
	} else if (action === 'download-file') {
		const name = `${datedName('mentor-snapshot')}.txt`;
		downloadFile(name, fileText, 'text/plain');
		island.say(fill(t['mentor.fileDownloaded'], { file: name }));
	}
}
