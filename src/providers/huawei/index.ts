export { createHuaweiAdapter, type HuaweiAdapterOptions } from './adapter';
export { huaweiCatalog } from './error-catalog';
