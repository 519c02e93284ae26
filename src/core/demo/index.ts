export { generateDemoDataset, type DemoOptions } from './generateDemoDataset';
