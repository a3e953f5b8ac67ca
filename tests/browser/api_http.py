#!/usr/bin/env python3
"""HTTP test of `mizan serve`: a small database, the server on a free port, curl on every endpoint.

  api_http.py --mizan build/mizan --examples examples/ --work DIR

Checks status codes, JSON shapes, CORS off by default and on with --cors, the token on /api/ingest,
body limits (413) and that the page and its fonts are served. Exit 1 with the failing check.
"""
import argparse, json, os, re, shutil, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument('--mizan', required=True)
ap.add_argument('--examples', required=True)
ap.add_argument('--work', required=True)
args = ap.parse_args()

shutil.rmtree(args.work, ignore_errors=True)
os.makedirs(args.work)
db = os.path.join(args.work, 'api.db')
subprocess.run([args.mizan, 'ingest', args.examples, '--db', db, '--quiet'], check=True)


def start(*extra):
    p = subprocess.Popen([args.mizan, 'serve', '--db', db, '--port', '0', '--threads', '2', *extra],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = p.stdout.readline()
    m = re.search(r'(http://\S+)', line)
    if not m:
        p.kill()
        sys.exit(f'FAILED: mizan serve printed no address: {line!r}')
    return p, m.group(1).rstrip('/')


def curl(url, *opts):
    """(status, headers dict lower-case, body) from curl."""
    out = subprocess.run(['curl', '-s', '-i', *opts, url], capture_output=True, check=True).stdout
    head, _, body = out.partition(b'\r\n\r\n')
    while head.startswith(b'HTTP/1.1 100'):
        head, _, body = body.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (l.partition(':') for l in lines[1:])}
    return status, headers, body


failures = 0


def check(cond, what):
    global failures
    print(('ok   ' if cond else 'FAIL ') + what)
    failures += 0 if cond else 1


def get_json(base, path, status=200, *opts):
    s, h, b = curl(base + path, *opts)
    try:
        j = json.loads(b)
    except ValueError:
        j = None
    check(s == status and j is not None and h.get('content-type', '').startswith('application/json'),
          f'{path} -> {s} JSON (want {status})')
    return j or {}, h


proc, base = start()
try:
    j, h = get_json(base, '/api/health')
    check(j.get('status') == 'ok' and j.get('documents', 0) >= 4 and j.get('events', 0) > 0, 'health counts documents and events')
    check('access-control-allow-origin' not in h, 'CORS off by default')

    j, _ = get_json(base, '/api/events?limit=3&total=1')
    check(len(j.get('events', [])) == 3 and j.get('total', 0) >= 3 and j.get('next_cursor'), 'events: a page of 3, total and cursor')
    first = j['events'][0]
    for key in ('id', 'doc', 'sentence', 'trigger', 'source', 'target', 'cameo', 'quad_class', 'certainty', 'attribution', 'date', 'document'):
        check(key in first, f'event record has {key}')
    nxt, _ = get_json(base, '/api/events?limit=3&cursor=' + j['next_cursor'])
    check(not {e['id'] for e in nxt.get('events', [])} & {e['id'] for e in j['events']}, 'next page repeats nothing')
    one, _ = get_json(base, '/api/events/' + first['id'])
    check(one.get('id') == first['id'], 'one event by id')
    doc, _ = get_json(base, '/api/documents/' + first['doc'])
    check(doc.get('id') == first['doc'] and doc.get('text') and doc.get('events'), 'document with text and events')

    j, _ = get_json(base, '/api/actors?limit=5')
    actors = j.get('actors', [])
    check(len(actors) >= 2 and all('code' in a and 'events' in a for a in actors), 'actors list')
    code = actors[0]['code']
    j, _ = get_json(base, f'/api/actors/{code}')
    check(j.get('actor', {}).get('code') == code and len(j.get('partners', [])) >= 1, f'actor {code} with partners')
    partner = j['partners'][0]['partner']
    j, _ = get_json(base, '/api/dyads?period=year&limit=5')
    check(j.get('period') == 'year' and all(re.fullmatch(r'\d{4}', d['period']) for d in j.get('dyads', [])) and j.get('dyads'), 'dyads by year')
    j, _ = get_json(base, f'/api/timeline?source={code}&target={partner}&period=month')
    check(j.get('series') and all(re.fullmatch(r'\d{4}-\d\d', r['period']) for r in j['series']), f'timeline {code} {partner} by month')
    j, _ = get_json(base, '/api/brokers')
    check('brokers' in j, 'brokers')

    # POST /api/code: text/plain and JSON; nothing stored.
    text = 'استقبل العاهل الأردني في عمّان الرئيس المصري يوم الثلاثاء.'
    s, _, b = curl(base + '/api/code?published=2021-03-10', '-H', 'Content-Type: text/plain', '--data-binary', text)
    j = json.loads(b)
    check(s == 200 and j.get('published') == '2021-03-10' and any(
        (e.get('source') or {}).get('code', '').startswith('JOR') and (e.get('target') or {}).get('code', '').startswith('EGY')
        for e in j.get('events', [])), 'POST /api/code (text/plain) finds Jordan hosting Egypt')
    s, _, b = curl(base + '/api/code', '-H', 'Content-Type: application/json', '--data-binary', json.dumps({'text': text}))
    check(s == 200 and json.loads(b).get('events'), 'POST /api/code (JSON)')
    j, _ = get_json(base, '/api/health')
    check(j.get('documents') == 4 or j.get('documents', 0) >= 4, 'code stores nothing')

    # Errors.
    get_json(base, '/api/events?limit=1001', 400)
    get_json(base, '/api/events?color=red', 400)
    get_json(base, '/api/nothing', 404)
    get_json(base, '/api/documents/no-such-doc', 404)
    get_json(base, '/api/events', 405, '-X', 'DELETE')
    big = os.path.join(args.work, 'big.txt')
    with open(big, 'w') as f:
        f.write('ا' * (5 << 20))
    s, _, b = curl(base + '/api/code', '-H', 'Content-Type: text/plain', '--data-binary', '@' + big)
    check(s == 413 and json.loads(b)['error']['status'] == 413, 'a 10 MB body -> 413 JSON')
    get_json(base, '/api/ingest', 403, '-X', 'POST', '--data-binary', '{"text": "x"}')

    # The page and its font.
    s, h, b = curl(base + '/')
    check(s == 200 and b'dir="rtl"' in b and b'lang="ar"' in b, 'page served at /, Arabic right to left')
    s, h, _ = curl(base + '/fonts/NotoSansArabic-Regular.ttf')
    check(s == 200 and h.get('content-type') == 'font/ttf', 'Arabic font served from the page folder')
finally:
    proc.terminate()
    proc.wait(10)

# With a token and CORS.
proc, base = start('--token', 's3cret', '--cors', 'https://example.org')
try:
    _, h = get_json(base, '/api/health')
    check(h.get('access-control-allow-origin') == 'https://example.org', 'CORS header with --cors')
    s, h, _ = curl(base + '/api/events', '-X', 'OPTIONS', '-H', 'Origin: https://example.org')
    check(s == 204 and 'POST' in h.get('access-control-allow-methods', ''), 'CORS preflight')
    doc = json.dumps({'id': 'posted-1', 'published': '2022-01-20', 'text': 'التقى الرئيس المصري في القاهرة وزير الخارجية الأردني.'})
    get_json(base, '/api/ingest', 401, '-X', 'POST', '--data-binary', doc)
    get_json(base, '/api/ingest', 403, '-X', 'POST', '-H', 'Authorization: Bearer wrong', '--data-binary', doc)
    j, _ = get_json(base, '/api/ingest', 200, '-X', 'POST', '-H', 'Authorization: Bearer s3cret', '--data-binary', doc)
    check(j.get('inserted') == 1, 'ingest with the token stores the document')
    j, _ = get_json(base, '/api/documents/posted-1')
    check(j.get('id') == 'posted-1', 'the ingested document is served')
finally:
    proc.terminate()
    proc.wait(10)

print(f'{failures} failures')
sys.exit(1 if failures else 0)
