// The validated ladder, served by the ladder integration (src/integrations/ladder.ts).
declare module 'virtual:threshold/ladder' {
	const ladder: import('../lib/ladder').Ladder;
	export default ladder;
}
