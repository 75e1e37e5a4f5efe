/*
 * A kaart upload can be megabytes (10,000 offers are about 2 MB gzip-compressed): fetch cannot say
 * how far the sending is, XMLHttpRequest's upload events can. This is a fetch-shaped function over
 * XMLHttpRequest, so the console's one request path (console-api.ts) parses its answer as always.
 */

/** Bytes sent so far of the body's total (total 0 when the browser cannot tell). */
export type UploadProgress = (sent: number, total: number) => void;

export function fetchWithUploadProgress(onProgress: UploadProgress) {
  return (url: string, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? 'GET', url);
      for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(name, value);
      xhr.responseType = 'text';
      xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers }));
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.ontimeout = xhr.onerror;
      xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
