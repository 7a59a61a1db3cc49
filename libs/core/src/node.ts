// The Node-only concepts of core, apart from its main entry point: @groundwork/core runs anywhere, Node and browser
// alike (the HTML report's page script uses it), so what needs Node's file system is imported from here.
export { writeFileAtomically } from './atomic-write';
