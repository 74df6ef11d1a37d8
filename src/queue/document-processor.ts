import { MinutesError } from '../errors/index.ts';
import { outputLayout, documentName } from '../io/output-layout.ts';
import { writeDocumentOutputs } from '../io/write-document.ts';
import { finishDocument } from '../pipeline/finish-document.ts';
import { toJobError } from './job-failure.ts';
import { DocumentJobDataSchema, type DocumentJobResult } from './job-payloads.ts';
import { decodePageResult, type EncodedPageResult } from './page-result-codec.ts';

/**
 * The parent job, once every page job is done: the same finishDocument and
 * writeDocumentOutputs the in-process runner calls, on the pages' return values.
 */
export async function processDocumentJob(
  rawData: unknown,
  childrenValues: Record<string, EncodedPageResult>,
): Promise<DocumentJobResult> {
  const data = DocumentJobDataSchema.parse(rawData);
  try {
    const pages = Object.values(childrenValues).map(decodePageResult);
    const numbers = new Set(pages.map((p) => p.page.number));
    if (numbers.size !== data.pages || pages.length !== data.pages) {
      throw new MinutesError('OCR_FAILED', `expected ${data.pages} page results, got ${pages.length}`);
    }
    const result = finishDocument({ file: data.file, sha256: data.sha256, pages: data.pages }, pages);
    await writeDocumentOutputs(data.outDir, result);
    return { file: data.file, json: outputLayout(data.outDir, documentName(data.file)).json, pages: data.pages };
  } catch (error) {
    throw toJobError(error, 'document');
  }
}
