/** The local test endpoint's origin, served by the test runner (web-test-runner.config.mjs). */
declare const origin: string;
export default origin;
