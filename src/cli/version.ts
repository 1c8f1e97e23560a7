/** minigo's own version; the Go language version it implements is go1.19. */
export const version = 'v0.1.0';
