/** What an access token carries: the person and the session it belongs to. HS256, signed with JWT_SECRET. */
export interface AccessTokenPayload {
  sub: string;
  sid: string;
}
