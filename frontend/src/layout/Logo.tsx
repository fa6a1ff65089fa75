/** The Kesu mark: a speech bubble (a customer's voice) on the brand blue. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1677ff" />
      <path d="M8 10.5a3 3 0 0 1 3-3h10a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-6l-4.5 4v-4H11a3 3 0 0 1-3-3z" fill="#fff" />
      <path d="M12.5 13h7M12.5 16h4.5" stroke="#1677ff" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
