export { checkContentTrust, CONTENT_FEATURES, type SourceFormat, type TrustReport } from './check';
export { CONTENT_COMPONENTS, COMPONENT_NAMES, type ComponentSpec, type ComponentUse } from './components';
export { dangerousUrlKind, dangerousUrlMessage, type DangerousKind } from './urls';
