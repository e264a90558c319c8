export { createAlibabaAdapter, type AlibabaAdapterOptions } from './adapter';
export { alibabaCatalog } from './error-catalog';
