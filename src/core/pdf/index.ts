export * from './fonts';
export * from './reportDocument';
export * from './letterhead';
export * from './section';
export * from './labelled';
export * from './activityFiguresTable';
