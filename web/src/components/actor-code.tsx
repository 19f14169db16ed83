import type { ActorRef } from '../../../src/core/event.ts';
import { actorName, cameoHelp, useCodebook } from '../codebook.ts';

/** An actor code with its name beside it (and in its tooltip, with the words of the text when given). */
export function ActorCode({ code, text }: { code: string; text?: string }) {
  const codebook = useCodebook();
  const name = actorName(codebook, code);
  return (
    <span class="actor-code" title={[name, text && `“${text}”`].filter(Boolean).join(' — ') || undefined}>
      <span class="code">{code}</span>
      {name && <span class="name"> {name}</span>}
    </span>
  );
}

/** The actors of one side of an event, each with its name; a dash for none. */
export function ActorCodes({ actors }: { actors: readonly ActorRef[] }) {
  if (!actors.length) return <>—</>;
  return (
    <>
      {actors.map((actor, index) => (
        <span key={index}>
          {index > 0 && ', '}
          <ActorCode code={actor.code} text={actor.text} />
        </span>
      ))}
    </>
  );
}

/** A CAMEO code whose tooltip is its codebook entry. */
export function CameoCode({ code, name }: { code: string; name?: string }) {
  const codebook = useCodebook();
  return (
    <span class="cameo-label" title={cameoHelp(codebook, code)}>
      <span class="cameo">{code}</span>
      {name && <> {name}</>}
    </span>
  );
}
