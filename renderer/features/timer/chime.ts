// A short chime made with WebAudio (no sound file): two soft sine tones.
let ctx: AudioContext | null = null;

/** Creates (or wakes) the audio context; call from a click so autoplay rules allow it. */
export function primeAudio(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
  } catch {
    ctx = null; // no audio output on this machine: the chime just stays silent
  }
}

export function playChime(): void {
  primeAudio();
  if (!ctx) return;
  const start = ctx.currentTime + 0.01;
  [880, 660].forEach((freq, i) => {
    const osc = ctx!.createOscillator();
    const gain = ctx!.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t = start + i * 0.35;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.3, t + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.9);
    osc.connect(gain).connect(ctx!.destination);
    osc.start(t);
    osc.stop(t + 1);
  });
}
