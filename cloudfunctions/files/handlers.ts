/**
 * files: attachments. The client stores the bytes first (cloud storage on WeChat, the host's
 * upload endpoint on H5); `register` then checks them and records the upload. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import register from './actions/register';

export const handlers: Handlers<'files'> = { register };
