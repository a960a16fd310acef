package site

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/kh-tools/kh/internal/followup"
	"github.com/kh-tools/kh/internal/msg"
	"github.com/kh-tools/kh/internal/progress"
)

// The browser tests drive Debian's Chromium headless over a site written
// to disk and opened as files, as from a USB stick. They skip when
// Chromium is missing, unless KH_CHROMIUM=1 (set by .ci/run), which makes
// them mandatory; KH_AXE names axe-core's axe.min.js, which .ci/run
// fetches from npm. KH_SITE_SHOTS keeps the screenshots in that folder.

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
)

// chromium finds the browser, skipping or failing the test without one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("KH_CHROMIUM") == "1" {
		t.Fatal("KH_CHROMIUM=1 but no chromium on PATH (apt-get install chromium)")
	}
	t.Skip("no chromium on PATH; set KH_CHROMIUM=1 to require it")
	return ""
}

// browser starts one headless Chromium for the package's tests, with the
// flags that keep it off the network.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := chromium(t)
	browserOnce.Do(func() {
		dir, err := os.MkdirTemp("", "kh-site-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.UserDataDir(dir),
			chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
			chromedp.Flag("no-proxy-server", true),
		)
		alloc, _ := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, _ := chromedp.NewContext(alloc)
		// Start the browser now, so that each test opens a tab of it.
		browserErr = chromedp.Do(ctx)
		browserCtx = ctx
	})
	if browserErr != nil {
		t.Fatalf("starting chromium: %v", browserErr)
	}
	return browserCtx
}

// tab is one page of the browser with what it logged and asked for.
type tab struct {
	ctx      context.Context
	mu       sync.Mutex
	console  []string
	requests []string
}

// open loads a file of the site in a new tab of width×height.
func open(t *testing.T, site, page string, width, height int64) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t))
	t.Cleanup(cancel)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelTime)
	tb := &tab{ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatal(err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == "error" || m.Type == "warning" || m.IsException() {
				tb.mu.Lock()
				tb.console = append(tb.console, fmt.Sprintf("%s %s (%s:%d)", m.Type, m.Text, m.URL, m.Line+1))
				tb.mu.Unlock()
			}
		}
	}()
	if err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			tb.mu.Lock()
			tb.requests = append(tb.requests, ev.Request.URL)
			tb.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(fileURL(filepath.Join(site, page)))); err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	return tb
}

func fileURL(p string) string { return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String() }

// eval runs JavaScript in the tab and decodes its value.
func eval[T any](t *testing.T, tb *tab, js string) T {
	t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// clean fails on console errors and on any request leaving the site.
func (tb *tab) clean(t *testing.T, site string) {
	t.Helper()
	// Let late events (a failed asset, a script error) arrive.
	eval[bool](t, tb, `new Promise(r => setTimeout(() => r(true), 200))`)
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, c := range tb.console {
		t.Errorf("console: %s", c)
	}
	inside := fileURL(site) + "/"
	if len(tb.requests) == 0 {
		t.Error("no request seen: the page did not load")
	}
	for _, r := range tb.requests {
		if !strings.HasPrefix(r, inside) {
			t.Errorf("request leaves the site: %s", r)
		}
	}
}

// written renders plans/ and writes it to a temporary folder.
func written(t *testing.T, l loaded, lang msg.Lang) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := Write(dir, render(t, l, lang)); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestBrowserPagesLoadClean(t *testing.T) {
	browser(t)
	l := loadRepo(t, "../../plans")
	site := written(t, l, msg.VI)
	pages := []string{"index.html", "co-quan/index.html", "co-quan/so-khcn.html"}
	for _, p := range l.res.Repo.Plans {
		pages = append(pages, "ke-hoach/"+p.ID+"/index.html", "ke-hoach/"+p.ID+"/tien-do.html")
	}
	pages = append(pages, "ke-hoach/na-kh-2026-cds/chi-tieu.html")
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			tb := open(t, site, p, 1280, 900)
			if title := eval[string](t, tb, `document.title`); title == "" {
				t.Error("no title")
			}
			if css := eval[string](t, tb, `getComputedStyle(document.querySelector("header.site")).backgroundColor`); css != "rgb(122, 18, 18)" {
				t.Errorf("stylesheet not applied: header background %s", css)
			}
			tb.clean(t, site)
		})
	}
}

// visibleTasks lists the task ids of the rows the filters leave shown,
// with the agency section each is in.
const visibleTasks = `Array.from(document.querySelectorAll("section.agency tr[data-task]"))
	.filter(r => r.offsetParent !== null)
	.map(r => r.closest("section").dataset.agency + " " + r.dataset.task)`

func TestBrowserFilters(t *testing.T) {
	browser(t)
	l := loadRepo(t, "../../plans")
	site := written(t, l, msg.VI)
	tb := open(t, site, "ke-hoach/na-kh-2026-cds/tien-do.html", 1280, 900)
	if !eval[bool](t, tb, `!document.getElementById("kh_filters").hidden`) {
		t.Fatal("the filter form stays hidden with JavaScript on")
	}
	p := l.res.Repo.Plan("na-kh-2026-cds")
	all := eval[[]string](t, tb, visibleTasks)
	rows := 0
	for _, tr := range p.Tasks() {
		rows += len(tr.Task.Lead)
	}
	if len(all) != rows {
		t.Errorf("%d rows shown before filtering, want %d (one per task and lead)", len(all), rows)
	}
	for _, agency := range []string{"so-khcn", "cong-an-tinh", "cac-so-nganh"} {
		got := eval[[]string](t, tb, choose("agency", agency)+visibleTasks)
		var want []string
		for _, tr := range p.Tasks() {
			if slices.Contains(tr.Task.Lead, agency) {
				want = append(want, agency+" "+tr.Task.ID)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("filtered by %s:\n got %v\nwant %v", agency, got, want)
		}
		shown := eval[string](t, tb, `document.getElementById("kh_shown").textContent`)
		if want := fmt.Sprintf("Đang hiển thị %d/%d dòng nhiệm vụ.", len(want), rows); shown != want {
			t.Errorf("count says %q, want %q", shown, want)
		}
	}
	// Status and quarter narrow further; reset shows everything again.
	late := eval[[]string](t, tb, choose("agency", "")+choose("status", "qua-han")+visibleTasks)
	if len(late) == 0 {
		t.Error("no overdue row on 01/5/2026")
	}
	q1 := eval[[]string](t, tb, choose("status", "")+choose("quarter", "2026-Q1")+visibleTasks)
	for _, r := range q1 {
		id := strings.Fields(r)[1]
		if dl := p.Task(id).Deadline; !strings.Contains(dl, "Quý I/2026") && !strings.Contains(dl, "/3/2026") {
			t.Errorf("quarter 2026-Q1 shows %s due %q", id, dl)
		}
	}
	reset := eval[[]string](t, tb, `document.querySelector("#kh_filters button[type=reset]").click(); new Promise(r => setTimeout(r, 50)).then(() => `+visibleTasks+`)`)
	if len(reset) != rows {
		t.Errorf("after reset %d rows, want %d", len(reset), rows)
	}
	tb.clean(t, site)
}

// choose sets a filter as a keyboard user would, then lets it apply.
func choose(field, value string) string {
	return fmt.Sprintf(`(() => { const s = document.querySelector('#kh_filters [name=%q]'); s.focus(); s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); })(); `, field, value)
}

// TestBrowserLateTasksMarked: on each as-of day, exactly the tasks kh
// check reports overdue carry the overdue badge and its word.
func TestBrowserLateTasksMarked(t *testing.T) {
	browser(t)
	l := loadRepo(t, "../../plans")
	for _, day := range []time.Time{asOf, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 5, 0, 0, 0, 0, time.UTC)} {
		t.Run(day.Format(time.DateOnly), func(t *testing.T) {
			opt := l.options(msg.VI)
			opt.AsOf = day
			s, err := Render(l.res.Repo, opt)
			if err != nil {
				t.Fatal(err)
			}
			site := filepath.Join(t.TempDir(), "site")
			if err := Write(site, s); err != nil {
				t.Fatal(err)
			}
			want := map[string]bool{}
			p := l.res.Repo.Plan("na-kh-2026-cds")
			for _, ft := range followup.Build(l.res.Repo, p, &progress.Set{Records: p.Records}, day, opt.Check).Tasks {
				if ft.Category == followup.Overdue {
					want[ft.Task.ID] = true
				}
			}
			tb := open(t, site, "ke-hoach/na-kh-2026-cds/tien-do.html", 1280, 900)
			marked := eval[[]string](t, tb, `Array.from(document.querySelectorAll("section.agency tr[data-task]")).filter(r => {
				const b = r.querySelector(".badge");
				return r.dataset.status === "qua-han" && b.textContent === `+jsString(msg.CatOverdue.In(msg.VI))+` && getComputedStyle(b).backgroundColor === "rgb(164, 22, 26)";
			}).map(r => r.dataset.task)`)
			got := map[string]bool{}
			for _, id := range marked {
				got[id] = true
			}
			if len(want) == 0 && day.Year() == 2027 {
				t.Error("nothing overdue in 2027")
			}
			for id := range want {
				if !got[id] {
					t.Errorf("%s is overdue on %s but not marked", id, day.Format(time.DateOnly))
				}
			}
			for id := range got {
				if !want[id] {
					t.Errorf("%s is marked overdue on %s but is not", id, day.Format(time.DateOnly))
				}
			}
			others := eval[int](t, tb, `document.querySelectorAll("section.agency tr[data-task]:not([data-status=qua-han]) .badge.s-qua-han").length`)
			if others != 0 {
				t.Errorf("%d rows not overdue carry the overdue badge", others)
			}
			tb.clean(t, site)
		})
	}
}

// TestBrowserWithoutJavaScript: the pages work with scripts off: every
// row shown, the filter form hidden, the note saying how to narrow.
func TestBrowserWithoutJavaScript(t *testing.T) {
	browser(t)
	l := loadRepo(t, "../../plans")
	site := written(t, l, msg.VI)
	ctx, cancel := chromedp.NewContext(browser(t))
	defer cancel()
	ctx, cancelTime := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTime()
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(fileURL(filepath.Join(site, "ke-hoach/na-kh-2026-cds/tien-do.html")))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatal(err)
	}
	tb := &tab{ctx: ctx}
	shown := eval[int](t, tb, `Array.from(document.querySelectorAll("section.agency tr[data-task]")).filter(r => r.offsetParent !== null).length`)
	// One row per task and lead: an agency, or the group its members
	// report for.
	p := l.res.Repo.Plan("na-kh-2026-cds")
	pairs := map[[2]string]bool{}
	for _, ft := range followup.Build(l.res.Repo, p, &progress.Set{Records: p.Records}, asOf, l.options(msg.VI).Check).Tasks {
		pairs[[2]string{ft.Task.ID, cmp.Or(ft.Via, ft.Agency)}] = true
	}
	rows := len(pairs)
	if shown != rows {
		t.Errorf("%d rows visible without JavaScript, want %d", shown, rows)
	}
	if eval[bool](t, tb, `document.getElementById("kh_filters").offsetParent !== null`) {
		t.Error("the filter form shows without JavaScript")
	}
	if !eval[bool](t, tb, `document.querySelector(".no-js").offsetParent !== null`) {
		t.Error("the no-JavaScript note is hidden")
	}
}

// screens are the widths the layout is checked at.
var screens = []struct {
	name          string
	width, height int64
}{{"desktop", 1280, 900}, {"phone", 390, 844}}

// TestBrowserLayout screenshots the home page, the 2026 plan's page, its
// progress page and an agency page at desktop and phone widths and checks
// what must hold at every width: the page never scrolls sideways (wide
// appendix tables scroll in their own box), the text column fits the
// screen, headings and the navigation stay inside it, the lists of plans
// and tasks fit without scrolling (cards on a phone), and the picture is
// a rendered page, not a blank one.
func TestBrowserLayout(t *testing.T) {
	browser(t)
	l := loadRepo(t, "../../plans")
	site := written(t, l, msg.VI)
	shots := os.Getenv("KH_SITE_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	for _, page := range []string{"index.html", "ke-hoach/na-kh-2026-cds/index.html", "ke-hoach/na-kh-2026-cds/tien-do.html", "co-quan/so-khcn.html"} {
		for _, sc := range screens {
			t.Run(page+"/"+sc.name, func(t *testing.T) {
				tb := open(t, site, page, sc.width, sc.height)
				layout := eval[map[string]float64](t, tb, `(() => {
					const w = document.documentElement.clientWidth;
					let over = 0;
					for (const e of document.querySelectorAll("main > *, main h1, main h2, header.site nav, header.site nav a, .document p, .filters select, .plan-intro > *")) {
						const r = e.getBoundingClientRect();
						if (r.width > 0 && (r.left < -1 || r.right > w + 1)) over++;
					}
					let wraps = 0;
					for (const e of document.querySelectorAll(".table-wrap")) {
						if (e.getBoundingClientRect().right > w + 1) wraps++;
					}
					let lists = 0;
					for (const e of document.querySelectorAll("table.plans, table.tasks")) {
						if (e.getBoundingClientRect().width > e.parentElement.clientWidth + 1) lists++;
					}
					return {width: w, scroll: document.documentElement.scrollWidth, over: over, wraps: wraps, lists: lists,
						font: parseFloat(getComputedStyle(document.body).fontSize),
						h1: document.querySelector("h1").getBoundingClientRect().top};
				})()`)
				if layout["scroll"] > layout["width"] {
					t.Errorf("the page scrolls sideways: %v wide in a %v viewport", layout["scroll"], layout["width"])
				}
				if layout["over"] > 0 || layout["wraps"] > 0 {
					t.Errorf("%v elements and %v table boxes stick out of the screen", layout["over"], layout["wraps"])
				}
				if layout["lists"] > 0 {
					t.Errorf("%v tables of plans or tasks are wider than their box", layout["lists"])
				}
				if layout["font"] < 16 {
					t.Errorf("body text %vpx, below 16px", layout["font"])
				}
				if h := layout["h1"]; h < 0 || h > float64(sc.height)/3 {
					t.Errorf("the page heading starts at %vpx, not near the top", h)
				}
				shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				checkShot(t, shot, sc.width, sc.height)
				name := strings.NewReplacer("/", "-", ".html", "").Replace(page) + "-" + sc.name + ".png"
				if err := os.WriteFile(filepath.Join(shots, name), shot, 0o644); err != nil {
					t.Fatal(err)
				}
				tb.clean(t, site)
			})
		}
	}
}

// checkShot decodes a screenshot and checks it is the viewport's size
// and not blank: a real page has dark text on a light ground.
func checkShot(t *testing.T, data []byte, w, h int64) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if int64(b.Dx()) != w || int64(b.Dy()) != h {
		t.Errorf("screenshot %dx%d, want %dx%d", b.Dx(), b.Dy(), w, h)
	}
	dark, light := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			switch l := (r + g + bl) / 3 >> 8; {
			case l < 80:
				dark++
			case l > 220:
				light++
			}
		}
	}
	total := (b.Dx() / 3) * (b.Dy() / 3)
	if dark < total/200 || light < total/2 {
		t.Errorf("screenshot looks blank: %d dark and %d light samples of %d", dark, light, total)
	}
}

// TestBrowserAccessibility runs axe-core on each kind of page: every page
// in Vietnamese at desktop width, the pages whose layout changes on a
// phone (task tables become cards) at phone width too, and the English
// interface on one page of each kind.
func TestBrowserAccessibility(t *testing.T) {
	browser(t)
	axe := os.Getenv("KH_AXE")
	if axe == "" {
		if os.Getenv("KH_CHROMIUM") == "1" {
			t.Fatal("KH_CHROMIUM=1 but KH_AXE does not name axe.min.js (.ci/run fetches it)")
		}
		t.Skip("KH_AXE does not name axe-core's axe.min.js")
	}
	script, err := os.ReadFile(axe)
	if err != nil {
		t.Fatal(err)
	}
	l := loadRepo(t, "../../plans")
	kinds := []string{"index.html", "co-quan/so-khcn.html", "ke-hoach/na-kh-2026-cds/index.html",
		"ke-hoach/na-kh-2026-cds/tien-do.html", "ke-hoach/na-kh-2026-cds/chi-tieu.html"}
	runs := []struct {
		lang   msg.Lang
		pages  []string
		phones bool
	}{
		{msg.VI, append(kinds, "co-quan/index.html", "ke-hoach/na-kh-171-2025/index.html",
			"ke-hoach/kh-nq-16-2021/index.html", "ke-hoach/kh-nq-16-2021/chi-tieu.html", "ke-hoach/na-kh-549-2021/index.html"), false},
		{msg.VI, kinds[:4], true},
		{msg.EN, kinds, false},
	}
	sites := map[msg.Lang]string{}
	for _, r := range runs {
		if sites[r.lang] == "" {
			sites[r.lang] = written(t, l, r.lang)
		}
		sc := screens[0]
		if r.phones {
			sc = screens[1]
		}
		for _, p := range r.pages {
			t.Run(r.lang.String()+"/"+p+"/"+sc.name, func(t *testing.T) {
				tb := open(t, sites[r.lang], p, sc.width, sc.height)
				axeCheck(t, tb, script)
			})
		}
	}
}

// axeCheck injects axe-core and reports its serious and critical
// violations.
func axeCheck(t *testing.T, tb *tab, script []byte) {
	t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](string(script))); err != nil {
		t.Fatal(err)
	}
	raw := eval[[]byte](t, tb, `axe.run(document, {resultTypes: ["violations"], preload: false}).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})))`)
	var vs []struct {
		ID, Impact, Help string
		Nodes            []string
	}
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		msg := fmt.Sprintf("axe %s (%s): %s at %v", v.ID, v.Impact, v.Help, v.Nodes)
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
}

// TestBrowserEscaping: in the browser, hostile plan text runs nothing and
// reads as written, on every page that shows it; the comment page of the
// fixture passes axe too.
func TestBrowserEscaping(t *testing.T) {
	browser(t)
	l := loadFixture(t)
	site := written(t, l, msg.VI)
	for _, p := range []string{"index.html", "ke-hoach/na-kh-2026-cds/index.html", "ke-hoach/na-kh-2026-cds/tien-do.html", "ke-hoach/na-kh-2026-cds/gop-y.html", "co-quan/so-khcn.html"} {
		t.Run(p, func(t *testing.T) {
			tb := open(t, site, p, 1280, 900)
			if v := eval[string](t, tb, `String(window.khPwned)`); v != "undefined" {
				t.Errorf("the plan's text ran as script: window.khPwned = %s", v)
			}
			if n := eval[int](t, tb, `document.querySelectorAll("main img, main script").length`); n != 0 {
				t.Errorf("%d img or script elements in the page's content", n)
			}
			if !eval[bool](t, tb, `document.querySelector("main").textContent.includes(`+jsString(hostile)+`)`) {
				t.Error("the hostile text does not read as written")
			}
			if axe := os.Getenv("KH_AXE"); axe != "" && p == "ke-hoach/na-kh-2026-cds/gop-y.html" {
				script, err := os.ReadFile(axe)
				if err != nil {
					t.Fatal(err)
				}
				axeCheck(t, tb, script)
			}
			tb.clean(t, site)
		})
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestBrowserHarnessCatchesLeaks: the checks of clean see a request to
// another host and a script error, so a clean page means something.
func TestBrowserHarnessCatchesLeaks(t *testing.T) {
	browser(t)
	site := filepath.Join(t.TempDir(), "site")
	page := `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><img alt="" src="http://192.0.2.1/x.png"><script>nosuchfunction()</script></body></html>`
	if err := Write(site, &Site{Files: []File{{Path: "index.html", Data: []byte(page)}}}); err != nil {
		t.Fatal(err)
	}
	tb := open(t, site, "index.html", 800, 600)
	eval[bool](t, tb, `new Promise(r => setTimeout(() => r(true), 300))`)
	tb.mu.Lock()
	defer tb.mu.Unlock()
	leaked := slices.ContainsFunc(tb.requests, func(r string) bool { return strings.HasPrefix(r, "http://192.0.2.1/") })
	failed := slices.ContainsFunc(tb.console, func(c string) bool { return strings.Contains(c, "nosuchfunction") })
	if !leaked || !failed {
		t.Errorf("the harness missed the request (%v) or the script error (%v): requests %v, console %v", leaked, failed, tb.requests, tb.console)
	}
}
