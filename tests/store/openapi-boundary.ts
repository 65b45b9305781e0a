/**
 * WeChat openapi calls (`cloud.openapi.<api>(…)`) at the same replaced boundary as the database
 * (./cloudbase-boundary): wx-server-sdk encodes the call as a protobuf `CommApiData` and sends it
 * through node-sdk's `tcbapirequester.request` with action 'wx.openApi'; the server answers
 * with a protobuf `CommOpenApiResp` whose `respData` is WeChat's JSON. These helpers read the
 * request the SDK built and write the answer WeChat would give (field numbers from the SDK's
 * own protobuf/openapi.js), so the SDK's real encoding, decoding and errCode handling run.
 */
import type { ApiCall } from './cloudbase-boundary';

// protobufjs is wx-server-sdk's own dependency (its external "protobufjs/minimal").
const pb = require('protobufjs/minimal') as {
  Reader: { create(buf: Uint8Array): PbReader };
  Writer: { create(): PbWriter };
};
interface PbReader {
  pos: number;
  len: number;
  uint32(): number;
  string(): string;
  bytes(): Uint8Array;
  skipType(wireType: number): void;
}
interface PbWriter {
  uint32(v: number): PbWriter;
  bytes(v: Uint8Array): PbWriter;
  string(v: string): PbWriter;
  finish(): Uint8Array;
}

/** The body WeChat answers an openapi call with (JSON, as `subscribeMessage.send` does). */
export function openApiAnswer(json: Record<string, unknown>): Buffer {
  const w = pb.Writer.create();
  w.uint32(10).bytes(Buffer.from(JSON.stringify(json))); // 1: respData
  w.uint32(18).string('application/json; charset=UTF-8'); // 2: contentType
  return Buffer.from(w.finish());
}

/** Decodes one length-delimited message's fields with `each(field, reader)`, up to `end`. */
function fields(r: PbReader, end: number, each: (field: number, wireType: number) => boolean): void {
  while (r.pos < end) {
    const tag = r.uint32();
    if (!each(tag >>> 3, tag & 7)) r.skipType(tag & 7);
  }
}

export interface OpenApiRequest {
  apiName: unknown;
  /** The call's parameters as WeChat receives them: snake_case keys, JSON values. */
  data: Record<string, unknown>;
}

/** What an openapi call sent: CommApiData { 2: openapiData { 1: pairs { 1: key, 2: value } } }. */
export function openApiRequest(call: ApiCall): OpenApiRequest {
  expect(call.action).toBe('wx.openApi');
  const buf = call.params.requestData as Buffer;
  const r = pb.Reader.create(buf);
  const data: Record<string, unknown> = {};
  fields(r, r.len, (field) => {
    if (field !== 2) return false;
    const end = r.uint32() + r.pos;
    fields(r, end, (f) => {
      if (f !== 1) return false;
      const pairEnd = r.uint32() + r.pos;
      let key = '';
      let value = '';
      fields(r, pairEnd, (k) => {
        if (k === 1) key = r.string();
        else if (k === 2) value = Buffer.from(r.bytes()).toString('utf8');
        else return false;
        return true;
      });
      data[key] = JSON.parse(value);
      return true;
    });
    return true;
  });
  return { apiName: call.params.apiName, data };
}
