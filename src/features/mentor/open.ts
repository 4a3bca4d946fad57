/**
 * Opening what a link or file carries, loaded on first use: decoded and checked by
 * `snapshot.ts`, shown as text (never HTML) against this site's ladder. A mentee's
 * snapshot is read-only and the mentor marks each behavior beside it and sends a link
 * back; a mentor's view is shown and kept only when the reader chooses "Keep this view".
 */
import { readFileText } from '../../kit/io';
import { fill, formatDate } from '../../kit/words';
import { localDay } from '../ladder/evidence-log/log';
import { kindWord } from './agenda';
import { $, el, type MentorIsland } from './island';
import { keptCodec, keptName } from './kept';
import {
	SnapshotError,
	decodeSnapshot,
	maxFile,
	snapshotProblemKey,
	viewKinds,
	type Opened,
	type Snapshot,
} from './snapshot';
import { showSnapshotLink } from './send';

// What is open now, and the mentor's marks on it: in memory only, until sent.
let opened: Opened | undefined;

/** Opens the snapshot in the address's fragment. */
export async function openText(island: MentorIsland, text: string, limit?: number): Promise<void> {
	const panel = $(island.root, '[data-panel="snapshot"]');
	panel.hidden = true;
	$(island.root, '[data-link]').hidden = true;
	try {
		opened = await decodeSnapshot(text, island.site, island.ladder, limit);
	} catch (error) {
		opened = undefined;
		if (!(error instanceof SnapshotError)) throw error;
		$(island.root, '[data-panel="home"]').hidden = false;
		const detail = { length: error.message, site: error.message, version: error.message };
		return island.say(fill(island.t[snapshotProblemKey(error.reason)], detail));
	}
	render(island, opened);
	panel.hidden = false;
	$(island.root, '#mentor-snapshot').focus();
}

/** Opens a snapshot file the reader picked. */
export async function openFile(island: MentorIsland, file: File): Promise<void> {
	const text = await readFileText(file, maxFile).catch(() => `#${'x'.repeat(maxFile + 1)}`);
	await openText(island, text, maxFile);
}

/** Who sent it, when, and against which ladder. */
function sentLine(island: MentorIsland, s: Snapshot): string {
	const { t, lang } = island;
	const ladder = s.ladder.version
		? fill(t['mentor.ladderVersion'], { version: s.ladder.version })
		: fill(t['mentor.ladderFingerprint'], { fingerprint: s.ladder.fingerprint });
	return fill(t['mentor.sentOn'], { name: s.from, date: formatDate(s.date, lang), ladder });
}

function render(island: MentorIsland, { snapshot: s, unknown, otherLadder, olderVersion }: Opened) {
	const { t, lang, root } = island;
	const title = fill(t[s.kind === 'ask' ? 'mentor.askTitle' : 'mentor.viewTitle'], {
		name: s.from,
		date: formatDate(s.date, lang),
	});
	$(root, '[data-snapshot-title]').textContent = title;
	const parts: Node[] = [el('p', sentLine(island, s))];
	const version = { version: olderVersion ?? '', current: island.ladder.version };
	if (olderVersion) parts.push(el('p', fill(t['mentor.olderVersion'], version), { class: 'th-notice' }));
	else if (otherLadder) parts.push(el('p', t['mentor.otherLadder'], { class: 'th-notice' }));
	if (unknown.length) {
		parts.push(el('h3', t['mentor.unknownHeading']));
		const list = el('ul');
		list.append(...unknown.map((id) => el('li', id)));
		parts.push(list);
	}
	for (const c of island.ladder.competencies) {
		const items = c.items.filter((i) => Object.hasOwn(s.marks, i.id));
		if (!items.length) continue;
		parts.push(el('h3', c.name));
		const list = el('ul', '', { class: 'th-mentor__behaviors' });
		for (const item of items) {
			const mark = s.marks[item.id]!;
			const li = el('li', '', { 'data-behavior': item.id });
			const said = `${fill(t['mentor.menteeSays'], { name: s.from, mark: kindWord(t, mark.kind) })}${mark.note ? `: ${mark.note}` : ''}`;
			li.append(el('p', item.text), el('p', said));
			if (s.kind === 'ask') li.append(markControls(island, item.id, item.text));
			list.append(li);
		}
		parts.push(list);
	}
	if (s.evidence?.length) {
		parts.push(el('h3', t['mentor.evidenceHeading']));
		const list = el('ul');
		list.append(...s.evidence.map((e) => el('li', `${formatDate(e.week, lang)}: ${e.text}`)));
		parts.push(list);
	}
	if (s.plan) {
		parts.push(el('h3', fill(t['mentor.planHeading'], { name: s.plan.name })));
		const list = el('dl');
		for (const [field, value] of Object.entries(s.plan.values)) list.append(el('dt', field), el('dd', value));
		parts.push(list);
	}
	parts.push(s.kind === 'ask' ? sendBackControls(island) : actionRow(t['mentor.keep'], 'keep'));
	$(root, '[data-snapshot]').replaceChildren(...parts);
}

/** The mentor's seen it / not yet / cannot judge and comment for one behavior. */
function markControls(island: MentorIsland, id: string, text: string): HTMLElement {
	const { t } = island;
	const set = el('fieldset');
	set.append(el('legend', t['mentor.yourMark']));
	const choices = el('div', '', { class: 'th-mentor__choices' });
	for (const kind of viewKinds) {
		const input = el('input', '', {
			type: 'radio',
			name: `mark-${id}`,
			id: `mark-${kind}-${id}`,
			value: kind,
		});
		choices.append(input, el('label', kindWord(t, kind), { for: input.id }));
	}
	const field = el('div', '', { class: 'th-field' });
	const comment = el('input', '', {
		type: 'text',
		id: `comment-${id}`,
		maxlength: '500',
		autocomplete: 'off',
	});
	field.append(el('label', fill(t['mentor.commentFor'], { behavior: text }), { for: comment.id }), comment);
	set.append(choices, field);
	return set;
}

/** A row with the one primary button that runs `action`. */
function actionRow(label: string, action: string): HTMLElement {
	const row = el('div', '', { class: 'th-actions not-content' });
	row.append(
		el('button', label, { type: 'button', class: 'th-button th-button--primary', 'data-action': action }),
	);
	return row;
}

/** The mentor's name and the button that makes the link back. */
function sendBackControls(island: MentorIsland): HTMLElement {
	const field = el('div', '', { class: 'th-field' });
	field.append(
		el('label', island.t['mentor.mentorName'], { for: 'mentor_from' }),
		el('input', '', { type: 'text', id: 'mentor_from', maxlength: '80', autocomplete: 'name' }),
	);
	const box = el('div');
	box.append(field, actionRow(island.t['mentor.sendBack'], 'send-back'));
	return box;
}

/** "Make the link to send back" (the mentor) or "Keep this view" (the mentee). */
export async function act(island: MentorIsland, action: string): Promise<void> {
	if (!opened) return;
	const { t, root } = island;
	const s = opened.snapshot;
	if (action === 'send-back') {
		const from = $<HTMLInputElement>(root, '#mentor_from').value.trim();
		if (!from) return island.say(t['mentor.noName']);
		const marks: Snapshot['marks'] = {};
		for (const id of Object.keys(s.marks)) {
			const chosen = root.querySelector<HTMLInputElement>(`input[name="mark-${CSS.escape(id)}"]:checked`);
			const note = root.querySelector<HTMLInputElement>(`#comment-${CSS.escape(id)}`)?.value.trim() ?? '';
			if (chosen) marks[id] = { kind: chosen.value, note };
		}
		const view: Snapshot = {
			kind: 'view',
			site: island.site,
			ladder: { fingerprint: island.ladder.fingerprint, version: island.ladder.version },
			from,
			date: new Date().toISOString(),
			marks,
			about: { from: s.from, date: s.date },
		};
		await showSnapshotLink(island, view, fill(t['mentor.viewLinkMade'], { name: s.from }));
	} else if (action === 'keep' && s.kind === 'view') {
		const name = keptName(s);
		const title = fill(t['mentor.viewTitle'], { name: s.from, date: formatDate(s.date, island.lang) });
		const result = island.store.write(name, keptCodec, { ...s, kind: 'view', keptOn: localDay(new Date()) });
		island.say(
			result.persisted
				? fill(t['mentor.kept'], { title })
				: fill(t['mentor.notKept'], { reason: t[`kit.problem.${result.reason}`] }),
		);
		island.showKept();
		const { showCompare } = await import('./compare-view');
		showCompare(island, name);
	}
}
