import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: string[]; default?: unknown };
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { description?: string; type?: string }>; required?: string[] } }> };
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

interface OpenApi {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

/** A parameter's type as a reader wants it: its values when it has a list, else its type, with its default. */
function typeOf(schema: Parameter['schema']): string {
  if (!schema) return '';
  const kind = schema.enum ? schema.enum.join(' | ') : (schema.type ?? '');
  return schema.default !== undefined ? `${kind} (default ${JSON.stringify(schema.default)})` : kind;
}

/** The OpenAPI document (/openapi.json) rendered for reading: every route with its parameters, body and answers. */
export function ApiDocsPage() {
  const [doc, setDoc] = useState<OpenApi | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<OpenApi>('/openapi.json').then(setDoc, (failure: Error) => setError(failure.message));
  }, []);
  if (!doc) return <div class="page">{error ? <p class="error" role="alert">{error}</p> : 'Loading…'}</div>;
  return (
    <div class="page api-docs">
      <h1>
        HTTP API <span class="hint">version {doc.info.version}</span>
      </h1>
      <p>{doc.info.description}</p>
      <p>
        The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).
      </p>
      {Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => {
          const body = operation.requestBody && Object.values(operation.requestBody.content)[0]?.schema;
          return (
            <section key={`${method} ${path}`} class="operation" data-testid="api-operation">
              <h2>
                <span class={`method method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
              </h2>
              <p>{operation.summary}</p>
              {operation.description && <p class="hint">{operation.description}</p>}
              {!!operation.parameters?.length && (
                <table class="events params cards">
                  <thead>
                    <tr>
                      <th>parameter</th>
                      <th>type</th>
                      <th>what it does</th>
                    </tr>
                  </thead>
                  <tbody>
                    {operation.parameters.map((parameter) => (
                      <tr key={parameter.name}>
                        <td data-label="parameter">
                          <code>{parameter.name}</code>
                          {parameter.required && ' (required)'}
                        </td>
                        <td data-label="type">{typeOf(parameter.schema)}</td>
                        <td data-label="what it does">{parameter.description ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {body?.properties && (
                <>
                  <h3>JSON body</h3>
                  <ul>
                    {Object.entries(body.properties).map(([name, property]) => (
                      <li key={name}>
                        <code>{name}</code>
                        {body.required?.includes(name) ? ' (required)' : ''}
                        {property.description ? `: ${property.description}` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p class="hint">
                answers:{' '}
                {Object.entries(operation.responses)
                  .map(([status, response]) => `${status} ${response.description}`)
                  .join('; ')}
              </p>
            </section>
          );
        }),
      )}
    </div>
  );
}
