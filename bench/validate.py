#!/usr/bin/env python3
"""Check a generated federa site against the schemas of DESIGN.md section 3.

    validate.py DIR/federa

Parses every content/members/*.toml, content/federations/*.toml and the TOML front matter
of every content/**/*.md with tomllib, and checks each member's and federation's fields
(names, types, controlled values, references between files), page front matter and event
tables. Prints one line per problem and exits 1 if there is any; prints a summary and
exits 0 otherwise. Python 3.11+ standard library only.
"""

import datetime
import re
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlparse

MEMBER_FIELDS = {
    "name": str, "country": str, "website": str, "federations": list, "coop_type": str, "status": str,
    "legal_form": str, "founded": int, "city": str, "coordinates": list, "languages": list, "services": list,
    "technologies": list, "clients": list, "logo": str, "email": str, "phone": str, "matrix": str,
    "size": dict, "links": dict, "hiring": dict, "summary": dict, "description": dict,
}
MEMBER_REQUIRED = {"name", "country", "website", "federations", "coop_type", "summary"}
COOP_TYPES = {"worker", "multi-stakeholder", "producer", "consumer", "platform", "freelancer", "other"}
STATUSES = {"active", "applicant", "former"}
CONTRACT_TYPES = {"fixed-price", "time-and-materials", "retainer", "day-rate", "pro-bono"}
LINK_KEYS = {"fediverse", "forge", "loomio", "opencollective", "linkedin", "feed"}
FEDERATION_FIELDS = {
    "name": str, "short_name": str, "countries": list, "relation": str, "website": str, "languages": list,
    "founded": int, "parents": list, "matrix": str, "community": dict, "members_source": dict,
    "summary": dict, "description": dict,
}
RELATIONS = {"member", "forming", "observer", "sister", "parent"}
COMMUNITY_KEYS = {"forum", "loomio", "wiki", "mailing_list", "fediverse"}
PAGE_FIELDS = {"title", "description", "date", "updated", "draft", "slug", "template", "weight", "aliases",
               "sort_by", "extra", "event"}
EVENT_FIELDS = {"start", "end", "location", "address", "online_url", "organisers"}
SLUG = re.compile(r"^[a-z0-9-]+$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2}$")
MATRIX = re.compile(r"^[@#][^:\s]+:[^\s]+$")


def is_http(url):
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


class Checker:
    def __init__(self, root):
        self.root = root
        self.problems = []
        site = tomllib.loads((root / "site.toml").read_text(encoding="utf-8"))
        self.languages = site["languages"]
        self.default = site["default_language"]
        ftl = "".join(p.read_text(encoding="utf-8") for p in sorted((root / "i18n" / self.default).glob("*.ftl")))
        self.services = set(re.findall(r"^service-([a-z0-9-]+)\s*=", ftl, re.M))
        self.federations = {p.stem for p in (root / "content" / "federations").glob("*.toml")}

    def problem(self, path, message):
        self.problems.append(f"{path.relative_to(self.root)}: {message}")

    def fields(self, path, data, schema, required):
        for key, value in data.items():
            if key not in schema:
                self.problem(path, f"unknown field `{key}`")
            elif not isinstance(value, schema[key]) or (schema[key] is int and isinstance(value, bool)):
                self.problem(path, f"`{key}` should be {schema[key].__name__}, is {type(value).__name__}")
        for key in required - data.keys():
            self.problem(path, f"missing required field `{key}`")

    def translations(self, path, table, name, required):
        for lang, text in table.items():
            if lang not in self.languages:
                self.problem(path, f"[{name}] language `{lang}` is not a site language")
            if not isinstance(text, str) or not text.strip():
                self.problem(path, f"[{name}].{lang} should be a non-empty string")
        if required and self.default not in table:
            self.problem(path, f"[{name}] lacks the default language `{self.default}`")

    def member(self, path, hosts):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if not SLUG.match(path.stem):
            self.problem(path, "slug is not [a-z0-9-]+")
        self.fields(path, data, MEMBER_FIELDS, MEMBER_REQUIRED)
        if not COUNTRY.match(data.get("country", "")):
            self.problem(path, "country is not an ISO 3166-1 alpha-2 code")
        website = data.get("website", "")
        if not is_http(website):
            self.problem(path, "website is not an http(s) URL")
        host = urlparse(website).netloc
        if host in hosts:
            self.problem(path, f"website host {host} already used by {hosts[host]}")
        hosts[host] = path.stem
        feds = data.get("federations", [])
        if not feds:
            self.problem(path, "federations is empty")
        for fed in feds:
            if fed not in self.federations:
                self.problem(path, f"unknown federation `{fed}`")
        if data.get("coop_type") not in COOP_TYPES:
            self.problem(path, f"unknown coop_type `{data.get('coop_type')}`")
        if data.get("status", "active") not in STATUSES:
            self.problem(path, f"unknown status `{data.get('status')}`")
        coords = data.get("coordinates")
        if coords is not None and not (len(coords) == 2 and -90 <= coords[0] <= 90 and -180 <= coords[1] <= 180):
            self.problem(path, "coordinates should be [lat, lon] in range")
        for lang in data.get("languages", []):
            if not LANGUAGE.match(lang):
                self.problem(path, f"working language `{lang}` is not ISO 639-1")
        for service in data.get("services", []):
            if service not in self.services:
                self.problem(path, f"unknown service `{service}` (no service-{service} in i18n/{self.default}/)")
        if not all(isinstance(t, str) and t for t in data.get("technologies", [])):
            self.problem(path, "technologies should be non-empty strings")
        if "matrix" in data and not MATRIX.match(data["matrix"]):
            self.problem(path, "matrix is not @user:server or #room:server")
        if "email" in data and "@" not in data["email"]:
            self.problem(path, "email has no @")
        size = data.get("size", {})
        for key, value in size.items():
            if key not in ("workers", "members") or not isinstance(value, int) or value < 0:
                self.problem(path, f"[size].{key} should be workers/members, a non-negative integer")
        for key, value in data.get("links", {}).items():
            if key not in LINK_KEYS or not is_http(value):
                self.problem(path, f"[links].{key} should be one of {sorted(LINK_KEYS)} with an http(s) URL")
        hiring = data.get("hiring", {})
        for key in hiring.keys() - {"available", "contract_types"}:
            self.problem(path, f"[hiring] unknown field `{key}`")
        if "available" in hiring and not isinstance(hiring["available"], bool):
            self.problem(path, "[hiring].available should be a boolean")
        for ct in hiring.get("contract_types", []):
            if ct not in CONTRACT_TYPES:
                self.problem(path, f"unknown contract type `{ct}`")
        self.translations(path, data.get("summary", {}), "summary", True)
        self.translations(path, data.get("description", {}), "description", False)
        return data

    def federation(self, path):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.fields(path, data, FEDERATION_FIELDS, {"name"})
        if data.get("relation", "member") not in RELATIONS:
            self.problem(path, f"unknown relation `{data.get('relation')}`")
        for parent in data.get("parents", []):
            if parent not in self.federations:
                self.problem(path, f"unknown parent `{parent}`")
        for cc in data.get("countries", []):
            if not COUNTRY.match(cc):
                self.problem(path, f"country `{cc}` is not ISO 3166-1 alpha-2")
        if "website" in data and not is_http(data["website"]):
            self.problem(path, "website is not an http(s) URL")
        for key, value in data.get("community", {}).items():
            if key not in COMMUNITY_KEYS or not is_http(value):
                self.problem(path, f"[community].{key} should be one of {sorted(COMMUNITY_KEYS)} with an http(s) URL")
        self.translations(path, data.get("summary", {}), "summary", False)
        self.translations(path, data.get("description", {}), "description", False)

    def page(self, path):
        text = path.read_text(encoding="utf-8")
        match = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", text, re.S)
        if not match:
            self.problem(path, "no +++ TOML front matter")
            return
        front = tomllib.loads(match.group(1))
        for key in front.keys() - PAGE_FIELDS:
            self.problem(path, f"unknown front matter field `{key}`")
        if not isinstance(front.get("title"), str):
            self.problem(path, "missing title")
        if "date" in front and not isinstance(front["date"], (datetime.date, datetime.datetime)):
            self.problem(path, "date is not a TOML date")
        parts = path.name.split(".")
        if len(parts) == 3 and parts[1] not in self.languages:
            self.problem(path, f"language suffix `{parts[1]}` is not a site language")
        event = front.get("event")
        if path.parent.name == "events" and path.stem.split(".")[0] != "_index":
            if not isinstance(event, dict):
                self.problem(path, "event page without [event] table")
                return
            for key in event.keys() - EVENT_FIELDS:
                self.problem(path, f"[event] unknown field `{key}`")
            for key in ("start", "end"):
                value = event.get(key)
                if not isinstance(value, datetime.datetime) or value.tzinfo is None:
                    self.problem(path, f"[event].{key} should be an RFC 3339 date-time with offset")
            start, end = event.get("start"), event.get("end")
            if all(isinstance(v, datetime.datetime) and v.tzinfo for v in (start, end)):
                if end < start:
                    self.problem(path, "[event] ends before it starts")
            for org in event.get("organisers", []):
                if org not in self.federations:
                    self.problem(path, f"[event] unknown organiser `{org}`")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    checker = Checker(root)
    hosts = {}
    members = sorted((root / "content" / "members").glob("*.toml"))
    for path in members:
        checker.member(path, hosts)
    feds = sorted((root / "content" / "federations").glob("*.toml"))
    for path in feds:
        checker.federation(path)
    pages = sorted((root / "content").rglob("*.md"))
    for path in pages:
        checker.page(path)
    for line in checker.problems:
        print(line)
    print(f"validated {len(members)} members, {len(feds)} federations, {len(pages)} pages, "
          f"{len(checker.services)} services: {len(checker.problems)} problems")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main())
