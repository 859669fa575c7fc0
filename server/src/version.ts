// The version, injected by the bundler from package.json.
declare const SLUICE_VERSION: string | undefined;
export const VERSION = typeof SLUICE_VERSION === 'string' ? SLUICE_VERSION : '0.0.0-dev';
