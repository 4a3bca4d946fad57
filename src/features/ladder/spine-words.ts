/** The keys of the words the ladder-aware page components show; the words are in `content/i18n/`. */
export const spineWords = [
	'spine.onTheLadder',
	'spine.mapCaption',
	'spine.mapCompetency',
	'spine.mapTrains',
	'spine.mapNone',
] as const;
