/**
 * files: attachments. Two steps, the same on both platforms: the client first puts the bytes in
 * storage under `uploads/<its user id>/` (WeChat: Taro.cloud.uploadFile; H5: the host's
 * POST /api/upload), then registers the file here. Registering checks the file (type by its
 * bytes, size) and answers the upload's id, which records then attach (`attachmentIds`).
 */
import { z } from 'zod';
import { UPLOAD_PURPOSES } from '../rules/uploads';
import { attachmentView, oneOf, text } from './common';

export const files = {
  /**
   * Registers a file the caller has just stored. A file of the wrong type or size is removed
   * and refused; registering the same file again answers the same upload.
   */
  register: {
    input: z.object({
      fileId: text('附件', 512),
      name: text('文件名', 120),
      purpose: oneOf(UPLOAD_PURPOSES, '用途'),
    }),
    output: attachmentView,
  },
} as const;
