import { useEffect, useRef, useState } from 'react';
import { type PresenterChannel, presenterChannel } from './presenter-channel.ts';
import { clampSlide } from './presenter-vm.ts';

/** The presenter's slide, shared between this window and the lecturer's other windows of the session. */
export const usePresenter = (sessionId: string, count: number) => {
  const [slide, setSlide] = useState(0);
  const slideRef = useRef(0);
  slideRef.current = slide;
  const channel = useRef<PresenterChannel | null>(null);
  useEffect(() => {
    channel.current = presenterChannel(sessionId, setSlide, () => slideRef.current);
    return () => channel.current?.close();
  }, [sessionId]);
  const go = (next: number) => {
    const s = clampSlide(next, count);
    setSlide(s);
    channel.current?.send(s);
  };
  return { slide: clampSlide(slide, count), go };
};
