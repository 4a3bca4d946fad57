// What MDX authors import: `import { Checklist } from '~/components';`
export { default as Checklist } from '../features/checklist/Checklist.astro';
export { default as ChecklistResult } from '../features/checklist/ChecklistResult.astro';
export { default as MyProgress } from '../features/my-progress/MyProgress.astro';
export { default as QuestionBank } from '../features/question-banks/QuestionBank.astro';
export { default as Builder } from '../features/builders/Builder.astro';
