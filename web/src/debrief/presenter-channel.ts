/**
 * The console and the projector window of one lecturer's browser share the presenter's slide over a
 * BroadcastChannel (same origin, no server round trip, nothing stored): the console's buttons move the
 * projector and a key pressed on the projector moves the console's counter. A projector in another browser
 * follows its own keyboard only.
 */
export type PresenterChannel = {
  send: (slide: number) => void;
  close: () => void;
};

type Message = { kind: 'slide'; slide: number } | { kind: 'hello' };

export const presenterChannel = (
  sessionId: string,
  onSlide: (slide: number) => void,
  current: () => number,
): PresenterChannel => {
  if (typeof BroadcastChannel === 'undefined') return { send: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`monopolycentrisme-presenter-${sessionId}`);
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.kind === 'slide' && Number.isInteger(e.data.slide)) onSlide(e.data.slide);
    // A window that opens later asks where the others are.
    if (e.data?.kind === 'hello') channel.postMessage({ kind: 'slide', slide: current() } satisfies Message);
  };
  channel.postMessage({ kind: 'hello' } satisfies Message);
  return {
    send: (slide) => channel.postMessage({ kind: 'slide', slide } satisfies Message),
    close: () => channel.close(),
  };
};
