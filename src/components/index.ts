// What MDX authors import: `import { Checklist } from '~/components';`
export { default as Checklist } from '../features/checklist/Checklist.astro';
export { default as ChecklistResult } from '../features/checklist/ChecklistResult.astro';
export { default as MyProgress } from '../features/my-progress/MyProgress.astro';
export { default as QuestionBank } from '../features/question-banks/QuestionBank.astro';
export { default as Builder } from '../features/builders/Builder.astro';
export { default as DraftAgenda } from '../features/agenda/DraftAgenda.astro';
export { default as LadderGroup } from '../features/ladder/components/LadderGroup.astro';
export { default as LadderSkill } from '../features/ladder/components/LadderSkill.astro';
export { default as CompetencyLinks } from '../features/ladder/components/CompetencyLinks.astro';
export { default as FrameworkMap } from '../features/ladder/components/FrameworkMap.astro';
