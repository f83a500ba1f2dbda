/**
 * twitter-api-v2 clients, optionally pointed at another base URL. The library has no base-URL
 * option; a plugin rewrites every request URL before it is sent, and a plain-http base needs an
 * http.Agent because the library always uses node:https.
 */
import http from 'node:http';
import { TwitterApi, type ITwitterApiClientPlugin, type TwitterApiTokens } from 'twitter-api-v2';

const X_HOSTS = /^https:\/\/(api|upload)\.(x|twitter)\.com/;

/** A client with a bearer token or OAuth 1.0a user tokens, talking to `baseUrl`. */
export function createXClient(auth: string | TwitterApiTokens, baseUrl: string): TwitterApi {
  const make = (settings?: ConstructorParameters<typeof TwitterApi>[1]) =>
    typeof auth === 'string' ? new TwitterApi(auth, settings) : new TwitterApi(auth, settings);
  if (X_HOSTS.test(baseUrl)) return make();
  const rewrite = (url: string) => url.replace(X_HOSTS, baseUrl);
  const redirect: ITwitterApiClientPlugin = {
    onBeforeRequestConfig({ params }) {
      params.url = rewrite(params.url);
    },
    onBeforeStreamRequestConfig({ params }) {
      params.url = rewrite(params.url);
    },
  };
  return make({
    plugins: [redirect],
    ...(baseUrl.startsWith('http:') ? { httpAgent: new http.Agent({ keepAlive: true }) } : {}),
  });
}
