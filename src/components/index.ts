// What MDX authors import: `import { Checklist } from '~/components';`
export { default as Checklist } from './Checklist.astro';
export { default as ChecklistResult } from './ChecklistResult.astro';
export { default as MyProgress } from './MyProgress.astro';
export { default as QuestionBank } from './QuestionBank.astro';
export { default as Builder } from './Builder.astro';
