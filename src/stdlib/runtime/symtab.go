// Package runtime, continued: CallersFrames and Frames.Next (Go's symtab.go), written over
// FuncForPC. Callers gives each logical frame a pc of its own, inlined ones included, so each
// pc stands for exactly one frame; an inlined function's frame has no Func, as in Go.

package runtime

// CallersFrames returns the frames for a slice of pcs that Callers filled.
func CallersFrames(callers []uintptr) *Frames {
	ci := &Frames{callers: callers}
	ci.frames = ci.frameStore[:0]
	return ci
}

// Next returns the next frame. It reads one pc ahead so that more tells whether a frame
// follows. A pc that is in no function is skipped.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 && len(ci.callers) > 0 {
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f := FuncForPC(pc)
		if f == nil {
			continue
		}
		entry := f.Entry()
		if pc > entry {
			// Callers stores return addresses: the instruction responsible is the one before,
			// and it may be in a function inlined there.
			pc--
			f = FuncForPC(pc)
		}
		file, line := f.FileLine(pc)
		name := f.Name()
		if f.inlined() {
			f = nil
		}
		ci.frames = append(ci.frames, Frame{
			PC:       pc,
			Func:     f,
			Function: name,
			File:     file,
			Line:     line,
			Entry:    entry,
		})
	}
	switch len(ci.frames) {
	case 0:
		return Frame{}, false
	case 1:
		frame = ci.frames[0]
		ci.frames = ci.frameStore[:0]
	default:
		frame = ci.frames[0]
		ci.frames = ci.frames[1:]
	}
	return frame, len(ci.frames) > 0
}
