import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseSiteIdentity, repositoryFileUrl } from './site';
import { parseSidebar } from './sidebar';
import { bankSchema } from './bank';
import { playbookFields, requirePlaybookFields } from './playbook';

const site = {
	name: 'Acme ladder',
	tagline: 'How we grow engineers.',
	url: 'https://ladder.acme.test',
	repository: { url: 'https://github.com/acme/ladder', branch: 'main' },
	storageNamespace: 'acme-ladder',
};

const playbook = z
	.object({ ...playbookFields, description: z.string().optional() })
	.superRefine(requirePlaybookFields);

describe('site identity', () => {
	it('accepts a complete identity and builds edit links from it', () => {
		const parsed = parseSiteIdentity(site);
		expect(repositoryFileUrl(parsed, 'content/ladder/levels.yaml')).toBe(
			'https://github.com/acme/ladder/edit/main/content/ladder/levels.yaml',
		);
	});

	it('names the file, the field and the fix when a value is wrong', () => {
		expect(() => parseSiteIdentity({ ...site, url: 'ladder.acme', storageNamespace: 'Acme Ladder' })).toThrow(
			/content\/site\.json has 2 problems:\n {2}- url: Use a full URL.*\n {2}- storageNamespace: Use lower-case letters/,
		);
	});
});

describe('sidebar', () => {
	it('accepts groups of page slugs, nested groups included', () => {
		const groups = parseSidebar({
			groups: [{ label: 'Start', items: ['start/mentor', { label: 'More', items: ['playbooks/habits'] }] }],
		});
		expect(groups[0]?.items).toHaveLength(2);
	});

	it('explains a slug written as a file name', () => {
		expect(() => parseSidebar({ groups: [{ label: 'Start', items: ['start/mentor.mdx'] }] })).toThrow(
			/groups\[0\]\.items\[0\]: Write a page slug/,
		);
	});
});

describe('playbook frontmatter', () => {
	it('lets a page without a kind be a plain page', () => {
		expect(playbook.safeParse({}).success).toBe(true);
	});

	it('requires a playbook to say who it is for, what it trains and how long it takes', () => {
		const result = playbook.safeParse({ kind: 'delegation' });
		expect(result.success).toBe(false);
		const fields = result.error?.issues.map((i) => i.path.join('.'));
		expect(fields).toEqual(['audience', 'skills', 'timeToRun', 'description']);
	});

	it('lists the allowed kinds when the kind is misspelled', () => {
		const result = playbook.safeParse({ kind: 'delegate' });
		expect(result.error?.issues[0]?.message).toMatch(/Set kind to one of "skill-transfer", "delegation"/);
	});
});

describe('question banks', () => {
	it('rejects a question id used twice, pointing at the second one', () => {
		const result = bankSchema.safeParse({
			title: 'Bank',
			groups: [
				{ id: 'growth', label: 'Growth', questions: [{ id: 'q1', text: 'A?' }] },
				{ id: 'career', label: 'Career', questions: [{ id: 'q1', text: 'B?' }] },
			],
		});
		expect(result.error?.issues[0]?.path).toEqual(['groups', 1, 'questions', 0, 'id']);
		expect(result.error?.issues[0]?.message).toMatch(/already used at groups\.0\.questions\.0\.id/);
	});

	it('gives the same fix for a required text that is missing or empty', () => {
		const result = bankSchema.safeParse({
			title: '',
			groups: [{ id: 'growth', questions: [{ id: 'q1', text: '' }] }],
		});
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['title', 'Give the bank a title, e.g. title: "1:1 question bank".'],
			['groups.0.label', 'Name the group as readers see it, e.g. label: "Growth".'],
			['groups.0.questions.0.text', 'Write the question under text:, e.g. text: "What did you practice?"'],
		]);
	});
});

describe('the line under a playbook title', () => {
	it('says who it is for, its kind, time and skills', async () => {
		const { playbookFacts, humanize } = await import('../overrides/playbook-meta');
		const words = {
			'playbook.factFor': 'For',
			'playbook.factKind': 'Kind',
			'playbook.factTime': 'Time',
			'playbook.factTrains': 'Trains',
			'playbook.audience.mentor': 'Mentors',
			'playbook.kind.delegation': 'Delegation',
		} as Parameters<typeof playbookFacts>[0];
		const facts = playbookFacts(
			words,
			{ kind: 'delegation', audience: 'mentor', timeToRun: '30 minutes', skills: ['project-leadership'] },
			humanize,
		);
		expect(facts).toEqual([
			{ label: 'For', value: 'Mentors' },
			{ label: 'Kind', value: 'Delegation' },
			{ label: 'Time', value: '30 minutes' },
			{ label: 'Trains', value: 'Project leadership' },
		]);
		expect(playbookFacts(words, {}, humanize)).toEqual([]);
	});
});

describe('redirects', () => {
	it('accepts old paths sent to new paths, sections and other sites', async () => {
		const { parseRedirects } = await import('./redirects');
		const redirects = {
			'/playbooks/old/': '/playbooks/new/',
			'/playbooks/review-questions/': '/playbooks/teach-through-review/#question-bank',
			'/elsewhere/': 'https://example.org/ladder/',
		};
		expect(parseRedirects({ redirects })).toEqual(redirects);
	});

	it('names the entry and the fix when a path lacks its slashes', async () => {
		const { parseRedirects } = await import('./redirects');
		expect(() => parseRedirects({ redirects: { '/playbooks/old': '/playbooks/new/' } })).toThrow(
			/content\/redirects\.json has a problem:\n {2}- redirects\.\/playbooks\/old: Write the old address .*slashes at both ends/,
		);
	});
});

describe('anchor aliases in the frontmatter', () => {
	it('map old ids to new ids and reject an id written as a link', async () => {
		const { anchorFields } = await import('./anchors');
		const schema = z.object(anchorFields);
		expect(schema.safeParse({ anchorAliases: { 'old-id': 'new-id' } }).success).toBe(true);
		const result = schema.safeParse({ anchorAliases: { 'old-id': '#new-id', '#old id': 'new-id' } });
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message.slice(0, 30)])).toEqual([
			['anchorAliases.old-id', 'Write the id as it appears aft'],
			['anchorAliases.#old id', 'Write the id as it appears aft'],
		]);
	});
});

describe('social image', () => {
	it('defaults to the image in content/assets and refuses formats previews do not show', () => {
		expect(parseSiteIdentity(site).socialImage.src).toBe('./content/assets/social.png');
		expect(() =>
			parseSiteIdentity({ ...site, socialImage: { src: './content/assets/card.svg', alt: 'x' } }),
		).toThrow(/socialImage\.src: Give the path of a PNG or JPEG/);
	});
});
